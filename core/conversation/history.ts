import { buildSystemPrompt } from './systemPrompt';
import type { ConversationContext, Turn } from './types';

/** One message in the OpenAI chat format. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface HistoryLimits {
  /** Most messages sent; older ones are left out. */
  maxMessages: number;
  /** Most characters over all messages; keeps cost and latency bounded on long sessions. */
  maxChars: number;
}

/** About six exchanges: enough for the model to follow the thread, little enough to stay fast. */
export const HISTORY_LIMITS: HistoryLimits = { maxMessages: 12, maxChars: 4000 };

const ELLIPSIS = '…';

/**
 * The recent conversation as chat messages, newest kept first: whole messages while they fit,
 * and the latest message always, shortened from the front if it alone is over the limit (the
 * end of a long message is usually where the person says what they need).
 */
export function recentMessages(
  history: readonly Turn[],
  limits: HistoryLimits = HISTORY_LIMITS,
): ChatMessage[] {
  const kept: ChatMessage[] = [];
  let chars = 0;
  for (let i = history.length - 1; i >= 0 && kept.length < limits.maxMessages; i -= 1) {
    const turn = history[i]!;
    const role = turn.sender === 'user' ? 'user' : 'assistant';
    let content = turn.content;
    if (chars + content.length > limits.maxChars) {
      if (kept.length > 0) break;
      content = ELLIPSIS + content.slice(content.length - (limits.maxChars - ELLIPSIS.length));
    }
    kept.unshift({ role, content });
    chars += content.length;
  }
  return kept;
}

/** The whole request for an OpenAI-compatible chat completion: system prompt, then history. */
export function buildChatMessages(
  context: ConversationContext,
  limits: HistoryLimits = HISTORY_LIMITS,
): ChatMessage[] {
  return [
    { role: 'system', content: buildSystemPrompt(context) },
    ...recentMessages(context.history, limits),
  ];
}
