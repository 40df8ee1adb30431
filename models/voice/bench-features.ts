/**
 * Micro-bench: milliseconds per 2 s speech segment for all voice features + the emotion model
 * (onnxruntime-web, wasm, one thread), in Node. Usage: npm run bench:voice-features
 * Prints JSON. Segments are EmoDB sentences (2 s), so pitch and MFCC work on real speech frames.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { extractVoiceFeatures } from '../../workers/voice/features/extract';
import { resample } from '../../workers/voice/features/resample';
import { DEFAULT_SPEECH_DIR, zScore, featureStats } from './dataset';
import { openSession } from './onnx-session';
import { readWavMono } from './wav';

const ROUNDS = 5;
const dir = join(process.argv[2] ?? DEFAULT_SPEECH_DIR, 'emodb');
const segments = readdirSync(dir)
  .slice(0, 40)
  .map((file) => {
    const { samples, sampleRate } = readWavMono(join(dir, file));
    return resample(samples, sampleRate, 16_000);
  });

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)]!;

const session = await openSession();
const stats = featureStats(segments.map((s) => extractVoiceFeatures(s, 16_000).vector));
const features: number[] = [];
const model: number[] = [];
const resampling: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const segment of segments) {
    let start = performance.now();
    const { vector } = extractVoiceFeatures(segment, 16_000);
    features.push(performance.now() - start);
    const input = zScore(vector, stats);
    start = performance.now();
    await session.run({ features: new ort.Tensor('float32', input, [1, input.length]) });
    model.push(performance.now() - start);
  }
  const wide = resample(segments[round]!, 16_000, 48_000);
  const start = performance.now();
  resample(wide, 48_000, 16_000);
  resampling.push(performance.now() - start);
}
const total = features.map((ms, i) => ms + model[i]!);
const round3 = (ms: number) => Math.round(ms * 1000) / 1000;
console.info(
  JSON.stringify({
    segment_seconds: 2,
    segments: features.length,
    features_ms: { median: round3(median(features)), p95: round3(p95(features)) },
    model_ms: { median: round3(median(model)), p95: round3(p95(model)) },
    total_ms: { median: round3(median(total)), p95: round3(p95(total)) },
    resample_48k_to_16k_ms: round3(median(resampling)),
    target_ms: 20,
    runtime: `node ${process.version}, onnxruntime-web wasm, 1 thread`,
  }),
);
