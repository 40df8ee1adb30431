import { useId, useState, type FormEvent } from 'react';
import { JOURNAL_TEXT_MAX } from '../../../core/journal/limits';
import { normalizeTags } from '../../../core/journal/mood';
import { checkSyncData, type JournalEntryData } from '../../../core/sync/protocol';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/use-action';
import { fromLocalInput, toLocalInput } from './datetime';
import { EditConflict, type EditConflictState } from './EditConflict';
import { currentEntry, saveEntry, type JournalEntry } from './journal-store';
import { mergeEdit, type EntryField } from './merge-edit';
import { MoodPicker } from './MoodPicker';
import { TagInput } from './TagInput';

interface EntryFormProps {
  /** The entry being edited; a new entry when absent. */
  entry?: JournalEntry;
  onDone: () => void;
  /** Called with what was saved, once it is on this device (the page checks it for safety). */
  onSaved?: (data: JournalEntryData) => void;
}

/** Writes go to this device first, so saving works the same online and offline. */
export function EntryForm({ entry, onDone, onSaved }: EntryFormProps) {
  // The version the form started from: what the person's changes are measured against.
  const [base, setBase] = useState(entry);
  const [mood, setMood] = useState<number | null>(entry?.mood ?? null);
  const [text, setText] = useState(entry?.text ?? '');
  const [tags, setTags] = useState<{ list: string[]; draft: string }>({
    list: entry?.tags ?? [],
    draft: '',
  });
  const [when, setWhen] = useState(() => toLocalInput(entry?.occurred_at ?? new Date()));
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState<EditConflictState | null>(null);
  const ids = { text: useId(), when: useId() };
  const { run, pending, error } = useAction(async (data: JournalEntryData) => {
    await saveEntry(entry?.id ?? null, data);
    onSaved?.(data);
    onDone();
  });

  function formData(moodValue: number): JournalEntryData {
    return {
      mood: moodValue,
      text: text.trim(),
      tags: normalizeTags([...tags.list, ...tags.draft.split(',')]),
      // The input shows minutes; an untouched time keeps the seconds it had.
      occurred_at:
        base && toLocalInput(base.occurred_at) === when ? base.occurred_at : fromLocalInput(when),
    };
  }

  function showInForm(field: EntryField, value: JournalEntryData[EntryField]) {
    if (field === 'mood') setMood(value as number);
    else if (field === 'text') setText(value as string);
    else if (field === 'tags') setTags({ list: value as string[], draft: '' });
    else setWhen(toLocalInput(value as string));
  }

  /** Saves the form, merged with whatever another device changed since the form opened. */
  async function save(mine: JournalEntryData) {
    const now = base && (await currentEntry(base.id));
    if (!base || !now || now.hlc === base.hlc) return run(mine);
    if (now.data === null) return setConflict({ kind: 'deleted' });
    const { merged, conflicts } = mergeEdit(base, mine, now.data);
    if (conflicts.length === 0) return run(merged);
    // The newer version becomes the base: saving again keeps what the person chose.
    setBase({ id: base.id, hlc: now.hlc, ...now.data });
    for (const field of ['mood', 'text', 'tags', 'occurred_at'] as const) {
      showInForm(field, merged[field]);
    }
    setConflict({ kind: 'fields', conflicts });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (mood === null) return;
    const mine = formData(mood);
    // The same check, and the same sentence, as the server's: nothing is saved that cannot sync.
    const sentence = checkSyncData('journal_entries', mine);
    setProblem(sentence);
    if (sentence) return;
    setConflict(null);
    void save(mine);
  }

  return (
    <form
      className="card form entry-form"
      onSubmit={submit}
      aria-label={entry ? 'Edit entry' : 'New entry'}
    >
      <MoodPicker value={mood} onChange={setMood} />
      <div className="field">
        <label htmlFor={ids.text}>What's on your mind?</label>
        <textarea
          id={ids.text}
          rows={5}
          maxLength={JOURNAL_TEXT_MAX}
          value={text}
          onChange={(event) => setText(event.target.value)}
          data-testid="entry-text"
        />
      </div>
      <TagInput
        tags={tags.list}
        draft={tags.draft}
        onChange={(list, draft) => setTags({ list, draft })}
      />
      <div className="field">
        <label htmlFor={ids.when}>When</label>
        <input
          id={ids.when}
          type="datetime-local"
          required
          value={when}
          onChange={(event) => setWhen(event.target.value)}
        />
      </div>
      {conflict && (
        <EditConflict
          conflict={conflict}
          onChoose={showInForm}
          onKeepMine={() => mood !== null && void run(formData(mood))}
          onLeaveDeleted={onDone}
        />
      )}
      <FormError message={problem ?? error} />
      <div className="form-actions">
        <button type="button" className="button button--quiet" onClick={onDone}>
          Cancel
        </button>
        <button className="button button--primary" disabled={pending} data-testid="entry-save">
          {entry ? 'Save changes' : 'Save entry'}
        </button>
      </div>
    </form>
  );
}
