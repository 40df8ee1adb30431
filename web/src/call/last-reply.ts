import type { ChatMessage } from '../chat/chat-store';

/** The companion's latest message, if it has said anything yet. */
export function lastReply(messages: readonly ChatMessage[]): ChatMessage | undefined {
  for (let i = messages.length - 1; i >= 0; i--)
    if (messages[i]!.sender === 'ai') return messages[i];
  return undefined;
}
