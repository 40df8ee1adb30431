import { moodWord } from '../../../core/journal/mood';
import { MoodFace } from './MoodFace';
import { entryDate } from './datetime';
import { useSession } from '../app/session-context';
import type { RefusedChange } from '../store/db';
import { deleteEntry, discardEntryChanges, type JournalEntry } from './journal-store';

export function EntryCard({
  entry,
  refused,
  onEdit,
}: {
  entry: JournalEntry;
  /** This entry's latest change, if the server refused it. */
  refused?: RefusedChange;
  onEdit: () => void;
}) {
  function remove() {
    if (window.confirm('Delete this entry? This also removes it from your other devices.')) {
      void deleteEntry(entry.id);
    }
  }

  return (
    <li className="card entry" data-testid="journal-entry">
      <span className="entry-emoji">
        <MoodFace mood={entry.mood} size={36} />
      </span>
      <div className="entry-body">
        <p className="entry-meta">
          <time dateTime={entry.occurred_at}>{entryDate.format(new Date(entry.occurred_at))}</time>
          <span>
            Mood {entry.mood}/10 · {moodWord(entry.mood)}
          </span>
        </p>
        {entry.text && <p className="entry-text">{entry.text}</p>}
        {entry.tags.length > 0 && (
          <ul className="tag-list" aria-label="Tags">
            {entry.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        )}
      </div>
      {refused && <RefusedNotice refused={refused} onFix={onEdit} />}
      <div className="entry-actions">
        <button
          type="button"
          className="button button--quiet"
          onClick={onEdit}
          data-testid="entry-edit"
        >
          Edit
        </button>
        <button
          type="button"
          className="button button--danger-quiet"
          onClick={remove}
          data-testid="entry-delete"
        >
          Delete
        </button>
      </div>
    </li>
  );
}

/**
 * Why the server refused this entry's change, and the ways on: fix it (edit again) or drop it.
 * A refused deletion has no entry to edit, so it offers Discard only.
 */
export function RefusedNotice({ refused, onFix }: { refused: RefusedChange; onFix?: () => void }) {
  const { sync } = useSession();
  function discard() {
    const sure = window.confirm(
      'Discard this change? The entry goes back to the version saved in your account, or away if it never reached your account.',
    );
    if (sure) void discardEntryChanges(refused.id).then(() => sync?.syncNow());
  }
  return (
    <div className="entry-refused" role="note" data-testid="entry-refused">
      <p>
        This change couldn't be saved to your account: {refused.message} It is kept on this device
        until you fix or discard it.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={onFix}
          data-testid="entry-refused-fix"
        >
          Fix
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={discard}
          data-testid="entry-refused-discard"
        >
          Discard
        </button>
      </div>
    </div>
  );
}
