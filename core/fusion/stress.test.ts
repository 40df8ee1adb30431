import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_BASELINE } from './calibration';
import { fuseReadings } from './fuse';
import { POPULATION_BLINK_RATE, stressParts, stressScore } from './stress';
import { NOW, SETTLED, reading } from './test-readings';
import type { StressCues } from './types';

const score = (cues: StressCues, baseline = SETTLED) => stressScore(stressParts(cues, baseline));

describe('stress score', () => {
  it('is 0 at rest and 100 with every cue at its top', () => {
    expect(score({ faceArousal: 0.5, faceTension: 0, vocalStress: 0, textNegativity: 0 })).toBe(0);
    expect(
      score({
        faceArousal: 1,
        faceTension: 1,
        blinkRatePerMinute: 2 * POPULATION_BLINK_RATE,
        vocalStress: 1,
        textNegativity: 1,
        textRisk: 1,
        textStress: 1,
      }),
    ).toBe(100);
  });

  it('reads blinking against the person’s own rate, not the population’s', () => {
    const fastBlinker = { ...SETTLED, blinkRatePerMinute: 30 };
    expect(score({ blinkRatePerMinute: 30 }, fastBlinker)).toBe(0);
    expect(score({ blinkRatePerMinute: 30 }, EMPTY_BASELINE)).toBeGreaterThan(50);
  });

  it('reads facial arousal above the person’s own rest level', () => {
    const lively = { ...SETTLED, faceArousal: 0.7 };
    expect(score({ faceArousal: 0.7 }, lively)).toBe(0);
    expect(score({ faceArousal: 0.7 })).toBeGreaterThan(0);
  });

  it('keeps an elevated message at 70 or above and a severe one at 90 or above', () => {
    expect(score({ textRisk: 0.5, vocalStress: 0 })).toBe(70);
    expect(score({ textRisk: 1, vocalStress: 0, faceArousal: 0.5 })).toBe(90);
  });

  it('keeps a message that says the person is stressed at 40 (moderate) or above, fading with it', () => {
    const relaxed = { faceArousal: 0.55, faceTension: 0.1, blinkRatePerMinute: 17 };
    expect(score({ ...relaxed, textNegativity: 0.56 })).toBeLessThan(40);
    expect(score({ ...relaxed, textNegativity: 0.56, textStress: 1 })).toBeGreaterThanOrEqual(40);
    expect(score({ ...relaxed, textStress: 0.5 })).toBeGreaterThanOrEqual(40);
    expect(score({ ...relaxed, textStress: 0.3 })).toBeLessThan(40);
    expect(score({ vocalStress: 0.9, textStress: 1 })).toBeGreaterThan(90);
  });

  it('says which parts made the score', () => {
    const fused = fuseReadings({
      readings: {
        voice: reading('voice', 'angry', { cues: { vocalStress: 0.8 } }),
        text: reading('text', 'sad', { cues: { textNegativity: 0.6, textRisk: 0 } }),
      },
      baseline: SETTLED,
      now: NOW,
    });
    expect(fused.stressParts).toEqual({ voice: 0.8, textNegativity: 0.6, textRisk: 0 });
    expect(fused.stress).toBeCloseTo((100 * (0.3 * 0.8 + 0.2 * 0.6)) / 0.65, 0);
    expect(fused.stressVsUsual).toBeCloseTo(fused.stress - 30, 5);
  });

  const cues = fc.record(
    {
      faceArousal: fc.double({ min: 0, max: 1, noNaN: true }),
      faceTension: fc.double({ min: 0, max: 1, noNaN: true }),
      blinkRatePerMinute: fc.double({ min: 0, max: 60, noNaN: true }),
      vocalStress: fc.double({ min: 0, max: 1, noNaN: true }),
      textNegativity: fc.double({ min: 0, max: 1, noNaN: true }),
      textRisk: fc.constantFrom(0, 0.25, 0.5, 1),
      textStress: fc.double({ min: 0, max: 1, noNaN: true }),
    },
    { requiredKeys: [] },
  );
  const rise = fc.double({ min: 0, max: 1, noNaN: true });

  it('property: more negative text, stated stress or vocal stress never lowers it', () => {
    fc.assert(
      fc.property(cues, rise, rise, (base, moreNegativity, moreStress) => {
        if (base.textStress !== undefined) {
          const stated = Math.min(1, base.textStress + moreNegativity);
          expect(score({ ...base, textStress: stated })).toBeGreaterThanOrEqual(score(base));
        }
        const before = score(base);
        const negativity = Math.min(1, (base.textNegativity ?? 0) + moreNegativity);
        const stress = Math.min(1, (base.vocalStress ?? 0) + moreStress);
        if (base.textNegativity !== undefined)
          expect(score({ ...base, textNegativity: negativity })).toBeGreaterThanOrEqual(before);
        if (base.vocalStress !== undefined)
          expect(score({ ...base, vocalStress: stress })).toBeGreaterThanOrEqual(before);
        const after = score({ ...base, textRisk: Math.max(base.textRisk ?? 0, 1) });
        if (base.textRisk !== undefined) expect(after).toBeGreaterThanOrEqual(before);
        expect(before).toBeGreaterThanOrEqual(0);
        expect(before).toBeLessThanOrEqual(100);
      }),
    );
  });
});
