/**
 * The chat beside the video: the help panel when it applies, the messages with their suggestion
 * cards, the streamed reply, and the ways to answer (typing, talking, spoken replies).
 */
import { useEffect, useRef } from 'react';
import { MessageInput } from '../chat/MessageInput';
import { MessageList } from '../chat/MessageList';
import { shows } from '../chat/turn-records';
import type { ChatState } from '../chat/useChat';
import { CrisisResourcesPanel } from '../perception/CrisisResourcesPanel';
import { lastReply } from './last-reply';
import { TalkControls } from './TalkControls';
import type { SpokenReplies } from './useSpokenReplies';
import { useTalking } from './useTalking';

export function CallConversation({ chat, spoken }: { chat: ChatState; spoken: SpokenReplies }) {
  const talking = useTalking((said) => void chat.send(said));
  useSpeakNewReplies(chat, spoken);
  if (!chat.session) return null;
  return (
    <section className="call-chat" aria-label="Chat">
      {shows(chat.safety) && (
        <div className="chat-safety" data-testid="chat-safety">
          <CrisisResourcesPanel
            level={chat.safety.crisis}
            danger={chat.safety.danger}
            region={chat.region}
          />
        </div>
      )}
      {!chat.online && (
        <p className="chat-offline-note" data-testid="chat-offline">
          You are offline: replies come from this device, and the call syncs when you are back
          online.
        </p>
      )}
      {chat.messages.length === 0 && chat.pending === null && (
        <p className="chat-opening">How are you feeling today? What is on your mind?</p>
      )}
      <MessageList
        sessionId={chat.session.id}
        messages={chat.messages}
        replies={chat.replies}
        pending={chat.pending}
        streaming={chat.streaming}
      />
      {chat.problem && (
        <p className="form-error" role="alert">
          {chat.problem}
        </p>
      )}
      <MessageInput busy={chat.busy} onSend={(text) => void chat.send(text)} />
      <TalkControls talking={talking} spoken={spoken} busy={chat.busy} />
    </section>
  );
}

/** Each reply of this visit is spoken once it is complete (when spoken replies are on). */
function useSpeakNewReplies(chat: ChatState, spoken: SpokenReplies): void {
  const said = useRef<string | null>(null);
  const last = lastReply(chat.messages);
  const fresh = last && chat.replies.has(last.id) && chat.streaming === null ? last : undefined;
  const { speak } = spoken;
  useEffect(() => {
    if (!fresh || said.current === fresh.id) return;
    said.current = fresh.id;
    speak(fresh.content);
  }, [fresh, speak]);
}
