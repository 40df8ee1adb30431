import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuseReadings } from './fuse';
import { SHARP_RISE, SMOOTHING_WINDOW, FusionSmoother } from './smoothing';
import { NOW, SETTLED, peaked, reading } from './test-readings';
import type { Emotion } from '../emotions';
import type { FusedReading, HiddenStress } from './types';

/** A fused reading with the given emotion and stress, as fuseReadings makes it. */
function fused(top: Emotion, stress: number, extra: Partial<FusedReading> = {}): FusedReading {
  const base = fuseReadings({
    readings: { face: reading('face', top, { probabilities: peaked(top, 0.8) }) },
    baseline: SETTLED,
    now: NOW,
  });
  return { ...base, stress, stressVsUsual: stress - 30, ...extra };
}

function steady(top: Emotion, stress: number): FusionSmoother {
  const smoother = new FusionSmoother();
  for (let i = 0; i < SMOOTHING_WINDOW; i++) smoother.push(fused(top, stress));
  return smoother;
}

describe('smoothing', () => {
  it('does not flip the emotion for one odd frame', () => {
    const smoother = steady('neutral', 30);
    expect(smoother.push(fused('angry', 30)).emotion).toBe('neutral');
  });

  it('follows a change that lasts', () => {
    const smoother = steady('neutral', 30);
    let shown = smoother.push(fused('sad', 30));
    for (let i = 0; i < 6; i++) shown = smoother.push(fused('sad', 30));
    expect(shown.emotion).toBe('sad');
  });

  it('reads the feeling from the readings in which a modality counted, not from empty ones', () => {
    const nothing = fuseReadings({ readings: {}, baseline: SETTLED, now: NOW });
    expect(Object.keys(nothing.weights)).toEqual([]);
    const smoother = new FusionSmoother();
    let shown = smoother.push(nothing);
    // A sad face read confidently only every other frame; the frames between count for nothing.
    for (let i = 0; i < SMOOTHING_WINDOW; i++) {
      shown = smoother.push(i % 2 === 0 ? fused('sad', 30) : nothing);
    }
    expect(shown.emotion).toBe('sad');
    expect(shown.confidence).toBeGreaterThan(0.5);
  });

  it('shows a sharp rise at once, and keeps showing it while it lasts', () => {
    const smoother = steady('neutral', 20);
    expect(smoother.push(fused('angry', 20 + SHARP_RISE + 5)).stress).toBe(45);
    expect(smoother.push(fused('angry', 45)).stress).toBe(45);
  });

  it('never delays a crisis', () => {
    const smoother = steady('happy', 20);
    const crisis = fused('happy', 90, { stressParts: { textRisk: 1 } });
    expect(smoother.push(crisis).stress).toBe(90);
  });

  it('shows a hidden-stress pattern once it repeats, and a risky one at once', () => {
    const flag = (pattern: string): HiddenStress => ({ pattern, reason: 'x.' });
    const smoother = steady('happy', 20);
    expect(
      smoother.push(fused('happy', 20, { hiddenStress: flag('smile_negative_text') })).hiddenStress,
    ).toBeNull();
    expect(
      smoother.push(fused('happy', 20, { hiddenStress: flag('smile_negative_text') })).hiddenStress
        ?.pattern,
    ).toBe('smile_negative_text');
    expect(
      smoother.push(fused('happy', 20, { hiddenStress: flag('smile_risky_text') })).hiddenStress
        ?.pattern,
    ).toBe('smile_risky_text');
  });

  it('property: one outlier moves the smoothed score by a bounded amount', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (level, outlier) => {
          const smoother = steady('neutral', level);
          const shown = smoother.push(fused('neutral', outlier)).stress;
          const gap = outlier - level;
          if (gap < SHARP_RISE) {
            // Within the window's smoothing: a tenth of the gap (plus rounding to 0.1).
            expect(Math.abs(shown - level)).toBeLessThanOrEqual(
              Math.abs(gap) / SMOOTHING_WINDOW + 0.05,
            );
          } else {
            // A sharp rise shows at once, never beyond the outlier itself.
            expect(shown).toBeLessThanOrEqual(outlier + 0.05);
          }
          // Once it has passed, its effect on the next reading is a tenth of the gap at most.
          const after = smoother.push(fused('neutral', level)).stress;
          expect(Math.abs(after - level)).toBeLessThanOrEqual(
            Math.abs(gap) / SMOOTHING_WINDOW + 0.05,
          );
        },
      ),
    );
  });
});
