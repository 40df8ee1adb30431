import { describe, expect, it } from 'vitest';
import { SpeechSegmenter, VAD_FRAME } from './segmenter';

const FPS = 16_000 / VAD_FRAME;

/** Feeds `seconds` of frames with one speech probability; returns the segments cut, in seconds. */
function feed(segmenter: SpeechSegmenter, plan: [seconds: number, probability: number][]) {
  const cut: Float32Array[] = [];
  let n = 0;
  for (const [seconds, probability] of plan) {
    for (let f = 0; f < Math.round(seconds * FPS); f++) {
      const frame = new Float32Array(VAD_FRAME).fill(++n / 1e6);
      const segment = segmenter.push(frame, probability);
      if (segment) cut.push(segment);
    }
  }
  return cut;
}
const seconds = (segment: Float32Array) => segment.length / 16_000;

describe('SpeechSegmenter', () => {
  it('cuts one phrase with its onset and a short tail, keeping short pauses inside', () => {
    const [segment, ...rest] = feed(new SpeechSegmenter(), [
      [1, 0.05],
      [1.5, 0.9],
      [0.4, 0.1],
      [1.5, 0.9],
      [1.5, 0.05],
    ]);
    expect(rest).toEqual([]);
    // 3 pre-speech frames + 3.4 s of speech and pause + 0.2 s tail.
    expect(seconds(segment!)).toBeCloseTo(3 * 0.032 + 3.4 + 0.2, 1);
  });

  it('drops phrases shorter than 2 s', () => {
    expect(
      feed(new SpeechSegmenter(), [
        [1.2, 0.9],
        [2, 0.05],
      ]),
    ).toEqual([]);
  });

  it('cuts long speech at 5 s and carries on with the rest', () => {
    const segments = feed(new SpeechSegmenter(), [
      [8, 0.9],
      [2, 0.05],
    ]);
    expect(segments.map(seconds).map((s) => Math.round(s * 10) / 10)).toEqual([5, 3.2]);
  });

  it('keeps nothing once it lets go: clear() zeroes what it held', () => {
    const segmenter = new SpeechSegmenter();
    feed(segmenter, [[1, 0.9]]);
    segmenter.clear();
    const held = (segmenter as unknown as { buffer: Float32Array }).buffer;
    expect(held.every((v) => v === 0)).toBe(true);
  });
});
