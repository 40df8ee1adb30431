import type { AnalysedMessage } from './useTextWorker';

const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;

export function TextReadingView({ message }: { message: AnalysedMessage | undefined }) {
  if (!message) return <p data-testid="text-reading">No message analysed yet.</p>;
  const { reading, crisis } = message;
  return (
    <dl
      data-testid="text-reading"
      data-state={reading ? 'done' : 'pending'}
      className="debug-reading"
    >
      <dt>Crisis level</dt>
      <dd data-testid="text-crisis" data-level={crisis?.level ?? 'checking'}>
        {crisis ? crisis.level : 'checking…'}
        {crisis?.reasons.length ? ` (${crisis.reasons.join('; ')})` : ''}
      </dd>
      {reading && (
        <>
          <dt>Emotion</dt>
          <dd data-testid="text-emotion" data-emotion={reading.emotion?.emotion ?? 'off'}>
            {reading.emotion
              ? `${reading.emotion.emotion} ${Math.round(reading.emotion.confidence * 100)} %${
                  reading.emotion.uncertain ? ' (uncertain: counts with less weight)' : ''
                }`
              : 'no model'}
          </dd>
          <dt>Sentiment</dt>
          <dd data-testid="text-sentiment" data-value={reading.sentiment}>
            {signed(reading.sentiment)}
            {reading.sarcasm ? ' (sarcasm)' : ''}
          </dd>
          <dt>Risk words</dt>
          <dd>{reading.risk.keywords.join(', ') || 'none'}</dd>
          <dt>Stressors</dt>
          <dd>
            {reading.stressors.map((s) => `${s.topic} ("${s.span.text}")`).join(', ') || 'none'}
          </dd>
          <dt>Sentence encoder</dt>
          <dd
            data-testid="text-encoder"
            data-state={reading.encoder ? 'on' : 'off'}
            data-level={reading.encoder?.crisis.level ?? 'off'}
          >
            {reading.encoder
              ? `crisis ${reading.encoder.crisis.level} (p severe ${reading.encoder.crisis.severe.toFixed(2)}, p elevated or severe ${reading.encoder.crisis.elevated.toFixed(2)})`
              : 'off'}
          </dd>
          <dt>Worker time (rules + model + encoder)</dt>
          <dd
            data-testid="text-ms"
            data-total={reading.ms.total.toFixed(2)}
            data-encoder={reading.ms.encoder.toFixed(2)}
          >
            {reading.ms.rules.toFixed(2)} + {reading.ms.model.toFixed(2)} +{' '}
            {reading.ms.encoder.toFixed(2)} = {reading.ms.total.toFixed(2)} ms
          </dd>
        </>
      )}
    </dl>
  );
}
