import { MOOD_MAX, MOOD_MIN, moodWord } from '../../../core/journal/mood';
import { MoodFace } from './MoodFace';

const MOODS = Array.from({ length: MOOD_MAX - MOOD_MIN + 1 }, (_, i) => MOOD_MIN + i);

/** Real radio buttons under the emoji, so keyboard and screen-reader use come for free. */
export function MoodPicker({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (mood: number) => void;
}) {
  return (
    <fieldset className="mood-picker">
      <legend>How are you feeling?</legend>
      <div className="mood-scale">
        {MOODS.map((mood) => (
          <label
            key={mood}
            className="mood-option"
            title={moodWord(mood)}
            data-testid={`entry-mood-${mood}`}
          >
            <input
              type="radio"
              name="mood"
              className="visually-hidden"
              required
              checked={value === mood}
              onChange={() => onChange(mood)}
            />
            <span className="mood-emoji">
              <MoodFace mood={mood} />
            </span>
            <span className="mood-number" aria-hidden="true">
              {mood}
            </span>
            <span className="visually-hidden">
              {mood} of {MOOD_MAX}, {moodWord(mood)}
            </span>
          </label>
        ))}
      </div>
      <p className="mood-word" aria-hidden="true">
        {value === null ? `1 is awful, ${MOOD_MAX} is wonderful` : `${value} — ${moodWord(value)}`}
      </p>
    </fieldset>
  );
}
