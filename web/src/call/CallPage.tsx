/**
 * /call: a calm video call with the companion. Before it, the person chooses camera and
 * microphone (asked for only when the call starts); during it, their self-view, the companion,
 * the live panel and the chat; after it, the session summary and a line for the journal.
 * Frames and sound are read on this device and never leave it.
 */
import '../styles/call.css';
import { lazy, Suspense } from 'react';
import { Avatar } from './Avatar';
import { avatarTone } from './avatar-tone';
import { CallConversation } from './CallConversation';
import { CallStage, switchesShown } from './CallStage';
import { DeviceToggles } from './DeviceToggles';
import { lastReply } from './last-reply';
import { useCall } from './useCall';
import { useSpokenReplies } from './useSpokenReplies';

// Shown only once a call has ended, so its code is not on the way to /call's first paint. It is
// fetched when the call starts, so the summary does not wait for it when the call ends.
const loadAfterCall = () => import('./AfterCall');
const AfterCall = lazy(loadAfterCall);

export function CallPage() {
  const call = useCall();
  const spoken = useSpokenReplies();
  const { chat } = call;
  if (chat.session === undefined) return null;
  const latest = lastReply(chat.messages);
  const reply = latest && chat.replies.get(latest.id);
  const tone = avatarTone({
    replySource: reply?.source ?? null,
    offeredSuggestion: Boolean(reply?.suggestion ?? latest?.suggestion),
    fused: call.fused,
  });

  return (
    <div className="call">
      <div className="page-heading">
        <h1>Call</h1>
        {chat.session && (
          <button
            type="button"
            className="button"
            onClick={() => {
              spoken.hush();
              void call.endCall();
            }}
            disabled={chat.busy}
            data-testid="call-end"
          >
            End call
          </button>
        )}
      </div>

      {chat.ended && (
        <Suspense fallback={null}>
          <AfterCall ended={chat.ended} onClose={chat.closeSummary} />
        </Suspense>
      )}

      {!call.inCall && (
        <div className="empty-state call-before">
          <Avatar tone="calm" speaking={false} />
          {!chat.ended && <h2>Whenever you are ready</h2>}
          <p>
            Talk or write about how things are. With the camera and microphone on, RIVION also reads
            your face and voice, on this device only: no picture or sound ever leaves it. The
            browser asks for them when the call starts.
          </p>
          <DeviceToggles checked={switchesShown(call)} onChange={call.setDevice} />
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              // A failure here (offline before the app is cached) shows where the summary renders.
              loadAfterCall().catch(() => undefined);
              void call.startCall();
            }}
            data-testid="call-start"
          >
            {chat.ended ? 'Start another call' : 'Start call'}
          </button>
        </div>
      )}

      {call.inCall && (
        <div className="call-layout">
          <CallStage
            call={call}
            avatar={<Avatar tone={tone} speaking={chat.streaming !== null || spoken.speaking} />}
          />
          <CallConversation chat={chat} spoken={spoken} />
        </div>
      )}
    </div>
  );
}
