import type { VoiceReading } from '../../../workers/voice/reading';

const percent = (value: number) => `${Math.round(value * 100)} %`;

export function VoiceReadingView({ reading }: { reading: VoiceReading | undefined }) {
  if (!reading) return <p data-testid="voice-reading">No speech analysed yet.</p>;
  const { summary, indicators, ms } = reading;
  return (
    <dl data-testid="voice-reading" data-reading="voice" className="debug-reading">
      <dt>Emotion</dt>
      <dd data-testid="voice-emotion" data-emotion={reading.emotion}>
        {reading.emotion} {percent(reading.confidence)}
        {reading.uncertain ? ' (uncertain, not counted)' : ''}
      </dd>
      <dt>Stress against your usual voice</dt>
      <dd data-testid="voice-stress">
        {reading.stress === null ? 'calibrating' : percent(reading.stress)} (pitch{' '}
        {percent(indicators.raisedPitch)}, energy {percent(indicators.irregularEnergy)}, pauses{' '}
        {percent(indicators.breathingPauses)}, rate {percent(indicators.fastSpeech)})
      </dd>
      <dt>Pitch · energy · speech rate · pauses</dt>
      <dd>
        {summary.f0MeanHz.toFixed(0)} Hz · {summary.energyDb.toFixed(1)} dB ·{' '}
        {summary.speechRate.toFixed(1)}/s · {percent(summary.pauseRatio)}
      </dd>
      <dt>Segment · noise floor</dt>
      <dd>
        {reading.segmentSeconds.toFixed(1)} s · {summary.noiseFloorDb.toFixed(0)} dBFS
      </dd>
      <dt>Worker time (features + model · VAD per frame)</dt>
      <dd
        data-testid="voice-ms"
        data-total={ms.total.toFixed(2)}
        data-seconds={reading.segmentSeconds.toFixed(2)}
        data-vad={ms.vadPerFrame.toFixed(3)}
      >
        {ms.features.toFixed(1)} + {ms.model.toFixed(1)} = {ms.total.toFixed(1)} ms ·{' '}
        {ms.vadPerFrame.toFixed(2)} ms
      </dd>
    </dl>
  );
}
