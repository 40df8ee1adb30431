import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../core/emotions';
import { estimateFrom, toEstimate, type EmotionProbabilities } from './estimate';

const withTop = (top: number) => [top, ...new Array<number>(6).fill((1 - top) / 6)];

describe('emotion estimate', () => {
  it('marks readings below 0.6 confidence as uncertain', () => {
    expect(estimateFrom(withTop(0.59)).uncertain).toBe(true);
    expect(estimateFrom(withTop(0.61))).toMatchObject({ emotion: 'angry', uncertain: false });
  });

  it('reads probabilities keyed by emotion the same as in EMOTIONS order', () => {
    const values = [0.05, 0.1, 0.05, 0.5, 0.2, 0.05, 0.05];
    const keyed = Object.fromEntries(EMOTIONS.map((e, i) => [e, values[i]!]));
    expect(toEstimate(keyed as EmotionProbabilities)).toEqual(estimateFrom(values));
  });
});
