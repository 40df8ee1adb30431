/** silero VAD and the segmenter on real speech (EmoDB), as the worker runs them, via onnxruntime-web in Node. */
import { join } from 'node:path';
import { Tensor } from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { openSession } from '../../models/voice/onnx-session';
import { sharedData } from '../../models/shared-data';
import { readWavMono } from '../../models/voice/wav';
import { resample } from './features/resample';
import { SpeechSegmenter, VAD_FRAME } from './segmenter';
import { SileroVad } from './silero';

const SILERO = new URL(
  '../../node_modules/@ricky0123/vad-web/dist/silero_vad_v5.onnx',
  import.meta.url,
).pathname;
const EMODB = sharedData('speech', 'emodb');

async function run(audio: Float32Array) {
  const vad = new SileroVad(await openSession(SILERO), Tensor);
  const segmenter = new SpeechSegmenter();
  const probabilities: number[] = [];
  const segments: Float32Array[] = [];
  for (let at = 0; at + VAD_FRAME <= audio.length; at += VAD_FRAME) {
    const frame = audio.subarray(at, at + VAD_FRAME);
    const p = await vad.probability(frame);
    probabilities.push(p);
    const segment = segmenter.push(frame, p);
    if (segment) segments.push(segment);
  }
  return { probabilities, segments };
}

describe('silero VAD + segmenter on EmoDB speech', () => {
  it('finds one 2-5 s segment in two sentences (a breath apart) between two seconds of silence', async () => {
    const [first, second] = ['03a01Wa.wav', '03a01Nc.wav'].map((file) => {
      const { samples, sampleRate } = readWavMono(join(EMODB, file));
      return resample(samples, sampleRate, 16_000);
    });
    const audio = new Float32Array(first!.length + second!.length + 4.3 * 16_000);
    audio.set(first!, 2 * 16_000);
    audio.set(second!, 2.3 * 16_000 + first!.length);
    const { probabilities, segments } = await run(audio);
    expect(Math.max(...probabilities.slice(0, 50))).toBeLessThan(0.35);
    expect(Math.max(...probabilities)).toBeGreaterThan(0.9);
    expect(segments).toHaveLength(1);
    const seconds = segments[0]!.length / 16_000;
    expect(seconds).toBeGreaterThanOrEqual(2);
    expect(seconds).toBeLessThanOrEqual(5);
  });

  it('hears no speech in fan-like noise', async () => {
    let state = 7;
    const noise = Float32Array.from({ length: 3 * 16_000 }, () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return 0.01 * ((state / 2147483648) * 2 - 1);
    });
    const { segments } = await run(noise);
    expect(segments).toEqual([]);
  });
});
