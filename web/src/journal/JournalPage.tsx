import { useState } from 'react';
import type { JournalEntryData } from '../../../core/sync/protocol';
import { CrisisResourcesPanel } from '../perception/CrisisResourcesPanel';
import { checkWriting, NOTHING_FLAGGED, type WritingCheck } from '../safety/check-writing';
import { useCrisisRegion } from '../safety/region';
import { EntryCard, RefusedNotice } from './EntryCard';
import { EntryForm } from './EntryForm';
import { JournalFilters } from './JournalFilters';
import {
  isFiltering,
  NO_FILTER,
  useJournalEntries,
  useJournalTags,
  useRefusedChanges,
  type JournalEntry,
} from './journal-store';

/**
 * What is being written: a new entry, an existing one (as it was when the form opened, so the
 * form stays even if another device deletes the entry meanwhile), or nothing.
 */
type Editing = { kind: 'new' } | { kind: 'edit'; entry: JournalEntry } | null;

export function JournalPage() {
  const [filter, setFilter] = useState(NO_FILTER);
  const [editing, setEditing] = useState<Editing>(null);
  const entries = useJournalEntries(filter);
  const tags = useJournalTags();
  const refused = useRefusedChanges();
  const editedGone =
    editing?.kind === 'edit' && entries?.every((entry) => entry.id !== editing.entry.id);
  const filtering = isFiltering(filter);
  const close = () => setEditing(null);
  // What the last flagged entry called for; it stays until the person closes it.
  const [flagged, setFlagged] = useState<WritingCheck>(NOTHING_FLAGGED);
  const region = useCrisisRegion();
  // How many saved entries were checked: lets a browser test know a quiet check has finished.
  const [checked, setChecked] = useState(0);
  const check = (data: JournalEntryData) => {
    void checkWriting(data.text, 'journal').then((found) => {
      if (found.level !== 'none' || found.danger) setFlagged(found);
      setChecked((count) => count + 1);
    });
  };

  return (
    <div className="journal" data-safety-checked={checked}>
      <div className="page-heading">
        <h1>Journal</h1>
        <button
          type="button"
          className="button button--primary"
          onClick={() => setEditing({ kind: 'new' })}
          disabled={editing?.kind === 'new'}
          data-testid="journal-new"
        >
          New entry
        </button>
      </div>

      <CrisisResourcesPanel
        level={flagged.level}
        danger={flagged.danger}
        region={region}
        onClose={() => setFlagged(NOTHING_FLAGGED)}
      />

      {editing?.kind === 'new' && <EntryForm onDone={close} onSaved={check} />}
      {editedGone && <EntryForm entry={editing.entry} onDone={close} onSaved={check} />}

      {[...refused.values()]
        .filter((change) => change.change.deleted)
        .map((change) => (
          <RefusedNotice key={change.id} refused={change} />
        ))}

      {(tags.length > 0 || filtering) && (
        <JournalFilters filter={filter} tags={tags} onChange={setFilter} />
      )}

      {entries?.length === 0 && !editing && (
        <div className="empty-state">
          {filtering ? (
            <p>No entries match these filters.</p>
          ) : (
            <>
              <h2>Your journal is waiting</h2>
              <p>
                Write a few lines about today — how you feel, what happened, what helped. Entries
                stay on this device and sync privately to your account.
              </p>
              <button
                type="button"
                className="button button--primary"
                onClick={() => setEditing({ kind: 'new' })}
              >
                Write your first entry
              </button>
            </>
          )}
        </div>
      )}

      {entries && entries.length > 0 && (
        <ol className="entry-list" aria-label="Entries, newest first">
          {entries.map((entry) =>
            editing?.kind === 'edit' && editing.entry.id === entry.id ? (
              <li key={entry.id}>
                <EntryForm entry={editing.entry} onDone={close} onSaved={check} />
              </li>
            ) : (
              <EntryCard
                key={entry.id}
                entry={entry}
                refused={refused.get(entry.id)}
                onEdit={() => setEditing({ kind: 'edit', entry })}
              />
            ),
          )}
        </ol>
      )}
    </div>
  );
}
