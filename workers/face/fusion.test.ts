import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../core/emotions';
import { toEstimate, type EmotionProbabilities } from '../shared/estimate';
import { ensembleAppearance, fuseEmotion, toProbabilities, valenceArousal } from './fusion';

const distribution = fc
  .array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 7, maxLength: 7 })
  .map((v) => {
    const total = v.reduce((s, x) => s + x, 0);
    return toProbabilities(
      v.map((x) => x / total),
      EMOTIONS,
    );
  });
const uniform = toProbabilities(new Array(7).fill(1 / 7), EMOTIONS);

/** Two leaders closer than rounding can reorder are a tie, not a ranking worth asserting. */
function hasClearLeader(p: EmotionProbabilities): boolean {
  const sorted = Object.values(p).sort((x, y) => y - x);
  return sorted[0]! - sorted[1]! > 1e-9;
}

describe('fusion of the appearance and blendshape views', () => {
  it('always gives a distribution, and a rule view with no opinion keeps the ranking', () => {
    fc.assert(
      fc.property(distribution, distribution, (a, b) => {
        const fused = fuseEmotion(a, b);
        expect(Object.values(fused).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 9);
        // A rule view with no opinion keeps the appearance ranking.
        fc.pre(hasClearLeader(a));
        expect(toEstimate(fuseEmotion(a, uniform)).emotion).toBe(toEstimate(a).emotion);
      }),
    );
  });

  it('when both views agree the winner keeps winning', () => {
    fc.assert(
      fc.property(distribution, (a) => {
        fc.pre(hasClearLeader(a));
        expect(toEstimate(fuseEmotion(a, a)).emotion).toBe(toEstimate(a).emotion);
      }),
    );
  });

  it('places happy as positive and sad as negative, low-arousal', () => {
    const happy = valenceArousal(toProbabilities([0, 0, 0, 1, 0, 0, 0], EMOTIONS));
    const sad = valenceArousal(toProbabilities([0, 0, 0, 0, 0, 1, 0], EMOTIONS));
    expect(happy.valence).toBeGreaterThan(0.5);
    expect(sad.valence).toBeLessThan(-0.5);
    expect(sad.arousal).toBeLessThan(0);
  });
});

describe('ensemble of the two appearance networks', () => {
  it('is the equal-weight mean of both, and one network alone when the other is missing', () => {
    fc.assert(
      fc.property(distribution, distribution, (a, b) => {
        const both = ensembleAppearance({ 'face-api': a, 'mini-xception': b });
        for (const e of EMOTIONS) expect(both[e]).toBeCloseTo((a[e] + b[e]) / 2, 12);
        expect(ensembleAppearance({ 'face-api': a })).toEqual(a);
      }),
    );
  });

  it('refuses to answer when no network did', () => {
    expect(() => ensembleAppearance({})).toThrow(/no appearance network/);
  });
});
