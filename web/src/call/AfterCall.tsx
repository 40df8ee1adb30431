/**
 * After the call: the session summary and a line for the journal. Its own chunk (CallPage loads
 * it lazily), so /call's first paint does not wait on the journal store, the crisis panel and
 * the summary views; the call takes far longer than the chunk does to arrive.
 */
import type { Ended } from '../chat/end-session';
import { SessionSummaryView } from '../chat/SessionSummaryView';
import { JournalNote } from './JournalNote';
import { moodFromSession } from './mood-from-session';

export default function AfterCall({ ended, onClose }: { ended: Ended; onClose(): void }) {
  return (
    <div className="call-after">
      <SessionSummaryView ended={ended} onClose={onClose} />
      <JournalNote key={ended.sessionId} mood={moodFromSession(ended.summary)} />
    </div>
  );
}
