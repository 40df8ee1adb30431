import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../emotions';
import { EMPTY_BASELINE } from './calibration';
import { fuseReadings } from './fuse';
import { NOW, SETTLED, peaked, reading } from './test-readings';
import { MODALITIES, type FusionInput, type Modality } from './types';

const EQUAL = { face: 0.5, voice: 0.5, text: 0.5 };
const sum = (p: Record<string, number>) => Object.values(p).reduce((a, b) => a + b, 0);

describe('fuseReadings', () => {
  it('agrees with a face and a voice that agree, and says each one’s share', () => {
    const fused = fuseReadings(
      {
        readings: { face: reading('face', 'sad'), voice: reading('voice', 'sad') },
        baseline: SETTLED,
        now: NOW,
      },
      EQUAL,
    );
    expect(fused.emotion).toBe('sad');
    expect(fused.confidence).toBeCloseTo(0.7);
    expect(fused.weights).toEqual({ face: 0.5, voice: 0.5 });
    expect(fused.valence).toBeLessThan(0);
  });

  it('lets the more trusted modality win a disagreement', () => {
    const fused = fuseReadings(
      {
        readings: {
          face: reading('face', 'happy', { probabilities: peaked('happy', 0.9) }),
          voice: reading('voice', 'angry', { probabilities: peaked('angry', 0.4) }),
        },
        baseline: SETTLED,
        now: NOW,
      },
      EQUAL,
    );
    expect(fused.emotion).toBe('happy');
    expect(fused.weights.face).toBeGreaterThan(fused.weights.voice!);
  });

  it('does not let a plain, neutral message pull a sad voice towards neutral', () => {
    const voice = reading('voice', 'sad', { probabilities: peaked('sad', 0.4) });
    const plain = reading('text', 'neutral', { probabilities: peaked('neutral', 0.95) });
    const alone = fuseReadings({ readings: { voice }, baseline: SETTLED, now: NOW }, EQUAL);
    const fused = fuseReadings(
      { readings: { voice, text: plain }, baseline: SETTLED, now: NOW },
      EQUAL,
    );
    expect(fused.emotion).toBe('sad');
    expect(fused.probabilities.neutral).toBeLessThan(alone.probabilities.neutral + 0.01);
  });

  it('still reads a neutral message as neutral when it is all there is', () => {
    const fused = fuseReadings({
      readings: { text: reading('text', 'neutral') },
      baseline: SETTLED,
      now: NOW,
    });
    expect(fused.emotion).toBe('neutral');
  });

  it('with nothing to read, says neutral with no confidence but keeps the text’s risk', () => {
    const fused = fuseReadings({
      readings: {
        text: reading('text', 'neutral', {
          confidence: 0,
          cues: { textRisk: 1, textNegativity: 0 },
        }),
      },
      baseline: EMPTY_BASELINE,
      now: NOW,
    });
    expect(fused).toMatchObject({ emotion: 'neutral', confidence: 0, weights: {}, stress: 90 });
    expect(fused.calibrating).toBe(true);
  });

  it('property: any subset of modalities, on or off, gives a valid reading', () => {
    fc.assert(
      fc.property(
        fc.subarray([...MODALITIES]),
        fc.subarray([...MODALITIES]),
        fc.array(fc.constantFrom(...EMOTIONS), { minLength: 3, maxLength: 3 }),
        fc.array(fc.double({ min: 0.15, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (present, off, tops, shares) => {
          const input: FusionInput = {
            readings: Object.fromEntries(
              present.map((m: Modality) => {
                const i = MODALITIES.indexOf(m);
                return [m, reading(m, tops[i]!, { probabilities: peaked(tops[i]!, shares[i]) })];
              }),
            ),
            baseline: SETTLED,
            off,
            now: NOW,
          };
          const fused = fuseReadings(input);
          expect(sum(fused.probabilities)).toBeCloseTo(1, 9);
          const shares2 = Object.values(fused.weights);
          if (shares2.length) expect(sum(fused.weights)).toBeCloseTo(1, 9);
          expect(fused.confidence).toBeGreaterThanOrEqual(0);
          expect(fused.valence).toBeGreaterThanOrEqual(-1);
          expect(fused.valence).toBeLessThanOrEqual(1);
          expect(fused.arousal).toBeGreaterThanOrEqual(0);
          expect(fused.arousal).toBeLessThanOrEqual(1);
          expect(fused.stress).toBeGreaterThanOrEqual(0);
          expect(fused.stress).toBeLessThanOrEqual(100);
          for (const m of off) expect(fused.weights[m]).toBeUndefined();
        },
      ),
    );
  });
});
