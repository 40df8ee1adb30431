import type { ChatMessage } from './chat-store';
import type { FinalReply } from './reply-stream';
import { SuggestionFeedback } from './SuggestionFeedback';

interface Props {
  sessionId: string;
  messages: readonly ChatMessage[];
  replies: ReadonlyMap<string, FinalReply>;
  pending: string | null;
  streaming: string | null;
}

/** The conversation, oldest first; the reply under way grows at the end as its words arrive. */
export function MessageList({ sessionId, messages, replies, pending, streaming }: Props) {
  const lastReply = [...messages].reverse().find((message) => message.sender === 'ai');
  return (
    <>
      <ol className="chat-messages" aria-label="Conversation">
        {messages.map((message) => {
          const reply = replies.get(message.id);
          const suggestion = message.suggestion ?? reply?.suggestion ?? null;
          return (
            <li
              key={message.id}
              className={`chat-message chat-message--${message.sender}`}
              data-testid="chat-message"
              data-sender={message.sender}
            >
              <span className="visually-hidden">
                {message.sender === 'user' ? 'You:' : 'RIVION:'}
              </span>
              <p className="chat-bubble">{message.content}</p>
              {reply?.note && (
                <p className="chat-note" data-testid="chat-note">
                  {reply.note}
                </p>
              )}
              {message.sender === 'ai' && suggestion && (
                <SuggestionFeedback
                  sessionId={sessionId}
                  messageId={message.id}
                  suggestion={suggestion}
                />
              )}
            </li>
          );
        })}
        {pending !== null && (
          <li className="chat-message chat-message--user chat-message--pending">
            <span className="visually-hidden">You:</span>
            <p className="chat-bubble">{pending}</p>
          </li>
        )}
        {streaming !== null && (
          <li
            className="chat-message chat-message--ai"
            aria-busy="true"
            data-testid="chat-streaming"
          >
            <span className="visually-hidden">RIVION is replying:</span>
            <p className="chat-bubble">{streaming || '…'}</p>
          </li>
        )}
      </ol>
      {/* The finished reply is read out once, not token by token. */}
      <p className="visually-hidden" aria-live="polite">
        {streaming === null && lastReply ? lastReply.content : ''}
      </p>
    </>
  );
}
