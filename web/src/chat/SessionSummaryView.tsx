import type { Ended } from './end-session';
import { BurnoutView } from './BurnoutView';
import { SUGGESTION_NAMES } from './suggestion-names';

/** Time above 70; a peak that passed in seconds is "under a minute", never "no time". */
function minutesAbove70(value: number, peak: number | null): string {
  if (value === 0) return peak !== null && peak > 70 ? 'under a minute' : 'no time';
  return `${Math.round(value * 10) / 10} minute${value === 1 ? '' : 's'}`;
}

/** What the session was like, in plain figures, and the burnout estimate computed on this device. */
export function SessionSummaryView({ ended, onClose }: { ended: Ended; onClose(): void }) {
  const { summary } = ended;
  return (
    <section
      className="card chat-summary"
      aria-labelledby="summary-title"
      data-testid="chat-summary"
    >
      <h2 id="summary-title">Your session</h2>
      <dl className="summary-figures">
        <dt>Mostly</dt>
        <dd data-testid="summary-dominant">{summary.dominant_emotion ?? 'not read'}</dd>
        <dt>Stress</dt>
        <dd data-testid="summary-stress">
          {summary.mean_stress === null
            ? 'not read'
            : `${Math.round(summary.mean_stress)} on average, ${summary.peak_stress ?? '–'} at its peak (of 100)`}
        </dd>
        <dt>Above 70</dt>
        <dd>{minutesAbove70(summary.minutes_above_70, summary.peak_stress)}</dd>
        <dt>Hidden stress</dt>
        <dd>
          {summary.hidden_stress_moments === 0
            ? 'not noticed'
            : `noticed ${summary.hidden_stress_moments} time${summary.hidden_stress_moments === 1 ? '' : 's'}`}
        </dd>
        <dt>Topics</dt>
        <dd data-testid="summary-topics">
          {summary.topics.length === 0
            ? 'none named'
            : summary.topics
                .map((t) => (t.words.length ? `${t.topic} (${t.words.join(', ')})` : t.topic))
                .join('; ')}
        </dd>
      </dl>
      {summary.suggestions.length > 0 && (
        <>
          <h3>Suggestions</h3>
          <ul>
            {summary.suggestions.map((s) => (
              <li key={s.type}>
                {SUGGESTION_NAMES[s.type]}: offered {s.offered}×, helpful {s.helpful}, not helpful{' '}
                {s.not_helpful}
                {s.mean_rating !== null && `, rated ${s.mean_rating.toFixed(1)} of 5`}
              </li>
            ))}
          </ul>
        </>
      )}
      <BurnoutView estimate={ended.burnout} />
      <button type="button" className="button" onClick={onClose}>
        Close summary
      </button>
    </section>
  );
}
