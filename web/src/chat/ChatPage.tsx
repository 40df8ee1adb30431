import { CrisisResourcesPanel } from '../perception/CrisisResourcesPanel';
import { MessageInput } from './MessageInput';
import { MessageList } from './MessageList';
import { SessionSummaryView } from './SessionSummaryView';
import { StateStrip } from './StateStrip';
import { shows } from './turn-records';
import { useChat } from './useChat';

/** A plain conversation with the companion: everything is read and kept on this device first. */
export function ChatPage() {
  const chat = useChat();
  const { session } = chat;
  if (session === undefined) return null;

  return (
    <div className="chat">
      <div className="page-heading">
        <h1>Chat</h1>
        {session && (
          <button
            type="button"
            className="button"
            onClick={() => void chat.end()}
            disabled={chat.busy}
            data-testid="chat-end"
          >
            End session
          </button>
        )}
      </div>

      {chat.ended && <SessionSummaryView ended={chat.ended} onClose={chat.closeSummary} />}

      {!session && (
        <div className="empty-state">
          {!chat.ended && <h2>Whenever you are ready</h2>}
          <p>
            Say how things are going, in your own words. Your messages are read on this device to
            notice how you feel; nothing about your face or voice is used here.
          </p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => void chat.start()}
            data-testid="chat-start"
          >
            {chat.ended ? 'Start another session' : 'Start a session'}
          </button>
        </div>
      )}

      {session && (
        <>
          <StateStrip fused={chat.fused} sessionStartedAt={session.startedAt} />
          {shows(chat.safety) && (
            <div className="chat-safety" data-testid="chat-safety">
              <CrisisResourcesPanel
                level={chat.safety.crisis}
                danger={chat.safety.danger}
                region={chat.region}
              />
            </div>
          )}
          {chat.modalityNotices.map((sentence) => (
            <p key={sentence} className="notice notice--info" data-testid="chat-modality-off">
              {sentence}
            </p>
          ))}
          {!chat.online && (
            <p className="chat-offline-note" data-testid="chat-offline">
              You are offline: replies come from this device, and the session syncs when you are
              back online.
            </p>
          )}
          {chat.messages.length === 0 && chat.pending === null && (
            <p className="chat-opening">How are you feeling today? What is on your mind?</p>
          )}
          <MessageList
            sessionId={session.id}
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
        </>
      )}
    </div>
  );
}
