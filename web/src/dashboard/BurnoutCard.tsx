import type { BurnoutEstimate } from '../../../core/burnout/types';
import { Section } from './Section';

const LEVEL_WORDS = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/** The burnout estimate with the factors that drove it and, first, the advice. */
export function BurnoutCard({ estimate }: { estimate: BurnoutEstimate }) {
  return (
    <Section testId="dashboard-burnout" title="Burnout risk">
      {estimate.status === 'not_enough_data' ? (
        <p>{estimate.message}</p>
      ) : (
        <>
          <p className={`dashboard-burnout-level dashboard-burnout-level--${estimate.level}`}>
            <strong data-testid="dashboard-burnout-level">{LEVEL_WORDS[estimate.level]}</strong> (
            {estimate.score} of 100) over the last 30 days
            {estimate.trend.direction === 'rising' ? ', and rising' : ''}.
          </p>
          <ul className="dashboard-advice">
            {estimate.recommendations.map((r) => (
              <li key={r.code} data-code={r.code}>
                {r.sentence}
              </li>
            ))}
          </ul>
          {estimate.factors.length > 0 && (
            <>
              <h3>Why</h3>
              <ul>
                {estimate.factors.map((f) => (
                  <li key={f.code}>{f.sentence}</li>
                ))}
              </ul>
            </>
          )}
          <p className="dashboard-caption">
            A summary of your own figures, worked out on this device; not a diagnosis.
          </p>
        </>
      )}
    </Section>
  );
}
