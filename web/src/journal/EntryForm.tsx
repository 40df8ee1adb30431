import { useId, useState, type FormEvent } from 'react';
import { normalizeTags } from '../../../core/journal/mood';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/use-action';
import { fromLocalInput, toLocalInput } from './datetime';
import { saveEntry, type JournalEntry } from './journal-store';
import { MoodPicker } from './MoodPicker';
import { TagInput } from './TagInput';

interface EntryFormProps {
  /** The entry being edited; a new entry when absent. */
  entry?: JournalEntry;
  onDone: () => void;
}

/** Writes go to this device first, so saving works the same online and offline. */
export function EntryForm({ entry, onDone }: EntryFormProps) {
  const [mood, setMood] = useState<number | null>(entry?.mood ?? null);
  const [text, setText] = useState(entry?.text ?? '');
  const [tags, setTags] = useState<{ list: string[]; draft: string }>({
    list: entry?.tags ?? [],
    draft: '',
  });
  const [when, setWhen] = useState(() => toLocalInput(entry?.occurred_at ?? new Date()));
  const ids = { text: useId(), when: useId() };
  const { run, pending, error } = useAction(async () => {
    if (mood === null) return;
    await saveEntry(entry?.id ?? null, {
      mood,
      text: text.trim(),
      tags: normalizeTags([...tags.list, ...tags.draft.split(',')]),
      occurred_at: fromLocalInput(when),
    });
    onDone();
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    void run();
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
          maxLength={20_000}
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
      <FormError message={error} />
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
