import type { BurnoutEstimate } from './parts';

const LEVEL_WORDS = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/** The burnout estimate with the factors that drove it and what to do; computed on this device. */
export function BurnoutView({ estimate }: { estimate: BurnoutEstimate }) {
  return (
    <section className="burnout" aria-labelledby="burnout-title" data-testid="chat-burnout">
      <h3 id="burnout-title">Burnout risk</h3>
      {estimate.status === 'not_enough_data' ? (
        <p>{estimate.message}</p>
      ) : (
        <>
          <p data-testid="burnout-level">
            <strong>{LEVEL_WORDS[estimate.level]}</strong> ({Math.round(estimate.score)} of 100),
            estimated on this device from your sessions.
          </p>
          {estimate.factors.length > 0 && (
            <ul>
              {estimate.factors.map((factor) => (
                <li key={factor.code}>{factor.sentence}</li>
              ))}
            </ul>
          )}
          {estimate.recommendations.map((recommendation) => (
            <p key={recommendation.code}>{recommendation.sentence}</p>
          ))}
        </>
      )}
    </section>
  );
}
