import { moodEmoji, moodWord } from '../../../core/journal/mood';
import { entryDate } from './datetime';
import { deleteEntry, type JournalEntry } from './journal-store';

export function EntryCard({ entry, onEdit }: { entry: JournalEntry; onEdit: () => void }) {
  function remove() {
    if (window.confirm('Delete this entry? This also removes it from your other devices.')) {
      void deleteEntry(entry.id);
    }
  }

  return (
    <li className="card entry" data-testid="journal-entry">
      <span className="entry-emoji" aria-hidden="true">
        {moodEmoji(entry.mood)}
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
