/**
 * After the call: a one-line journal note, its mood prefilled from the session. It is written
 * through the journal's store (this device first, synced later) and checked for crisis language
 * like any journal entry.
 */
import { useId, useState, type FormEvent } from 'react';
import { JOURNAL_TEXT_MAX } from '../../../core/journal/limits';
import { MOOD_MAX, MOOD_MIN, moodWord } from '../../../core/journal/mood';
import { saveEntry } from '../journal/journal-store';
import { CrisisResourcesPanel } from '../perception/CrisisResourcesPanel';
import { checkWriting, NOTHING_FLAGGED, type WritingCheck } from '../safety/check-writing';
import { useCrisisRegion } from '../safety/region';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/use-action';

const MOODS = Array.from({ length: MOOD_MAX - MOOD_MIN + 1 }, (_, i) => MOOD_MIN + i);

export function JournalNote({ mood: suggested }: { mood: number }) {
  const [mood, setMood] = useState(suggested);
  const [text, setText] = useState('');
  const [saved, setSaved] = useState(false);
  const [flagged, setFlagged] = useState<WritingCheck>(NOTHING_FLAGGED);
  const region = useCrisisRegion();
  const ids = { mood: useId(), text: useId() };
  const { run, pending, error } = useAction(async () => {
    const note = text.trim();
    await saveEntry(null, {
      mood,
      text: note,
      tags: ['call'],
      occurred_at: new Date().toISOString(),
    });
    setSaved(true);
    setFlagged(await checkWriting(note, 'journal'));
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };

  return (
    <section
      className="card call-journal-note"
      data-testid="call-journal-note"
      aria-labelledby={`${ids.text}-title`}
    >
      <h2 id={`${ids.text}-title`}>A line for your journal</h2>
      {saved ? (
        <p role="status" data-testid="call-journal-note-saved">
          Saved to your journal, mood {mood} of {MOOD_MAX} ({moodWord(mood)}).
        </p>
      ) : (
        <form onSubmit={submit} className="call-journal-form">
          <label htmlFor={ids.mood}>Mood (from this call; change it if it feels wrong)</label>
          <select
            id={ids.mood}
            value={mood}
            onChange={(event) => setMood(Number(event.target.value))}
            data-testid="call-journal-note-mood"
          >
            {MOODS.map((value) => (
              <option key={value} value={value}>
                {value} of {MOOD_MAX}, {moodWord(value)}
              </option>
            ))}
          </select>
          <label htmlFor={ids.text}>One line about this call</label>
          <input
            id={ids.text}
            type="text"
            value={text}
            maxLength={JOURNAL_TEXT_MAX}
            onChange={(event) => setText(event.target.value)}
            data-testid="call-journal-note-text"
          />
          <button
            type="submit"
            className="button button--primary"
            disabled={pending}
            data-testid="call-journal-note-save"
          >
            Save to journal
          </button>
          <FormError message={error} />
        </form>
      )}
      {(flagged.level !== 'none' || flagged.danger) && (
        <CrisisResourcesPanel level={flagged.level} danger={flagged.danger} region={region} />
      )}
    </section>
  );
}
