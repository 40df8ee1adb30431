import type { FaceResult, FaceStatus } from '../../../workers/face/reading';

const percent = (value: number) => `${Math.round(value * 100)} %`;
const signed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(2)}`;

export function statusSentence(status: FaceStatus | undefined): string {
  if (!status) return 'Face analysis has not started.';
  if (status.state === 'loading')
    return `Loading face models (${status.step}, ${percent(status.progress)}).`;
  if (status.state === 'ready') return `Face analysis is on (${status.delegate}).`;
  return `Face analysis is off: ${status.error.message}`;
}

export function FaceReadingView({ result }: { result: FaceResult | undefined }) {
  if (!result) return <p data-testid="face-reading">No reading yet.</p>;
  if (result.type === 'no_face') {
    return (
      <p data-testid="face-reading" data-reading="no_face">
        No face in view.
      </p>
    );
  }
  if (result.type !== 'face') return null;
  const { headPose } = result;
  return (
    <dl data-testid="face-reading" data-reading="face" className="debug-reading">
      <dt>Emotion</dt>
      <dd data-testid="face-emotion">
        {result.emotion} {percent(result.confidence)}
        {result.uncertain ? ' (uncertain, not counted)' : ''}
      </dd>
      <dt>Valence / arousal</dt>
      <dd>
        {signed(result.valence)} / {signed(result.arousal)}
      </dd>
      <dt>Blinks per minute</dt>
      <dd data-testid="face-blinks">{result.blinkRatePerMinute.toFixed(1)}</dd>
      <dt>Eye openness · brow · jaw tension</dt>
      <dd>
        {percent(result.eyeOpenness)} · {percent(result.browTension)} · {percent(result.jawTension)}
      </dd>
      <dt>Head pose (yaw, pitch, roll)</dt>
      <dd data-testid="face-pose">
        {headPose.yaw.toFixed(0)}°, {headPose.pitch.toFixed(0)}°, {headPose.roll.toFixed(0)}°
      </dd>
      <dt>Faces in view</dt>
      <dd
        data-testid="face-count"
        data-faces={result.faces}
        data-box={`${result.box.x},${result.box.y},${result.box.width},${result.box.height}`}
      >
        {result.faces === 1 ? 'one' : `${result.faces}, reading the largest`} (at{' '}
        {percent(result.box.x)} from the left, {percent(result.box.width)} wide)
      </dd>
      <dt>Worker time</dt>
      <dd data-testid="face-ms">{result.ms.toFixed(1)} ms</dd>
    </dl>
  );
}
