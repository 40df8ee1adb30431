import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../emotions';
import { NOW, SETTLED, peaked, reading } from './test-readings';
import { MODALITIES, type FusionInput, type Modality } from './types';
import { RECENCY_HALF_LIFE_MS, modalityWeights, recencyDecay } from './weights';

const EQUAL = { face: 0.5, voice: 0.5, text: 0.5 };

describe('modality weights', () => {
  it('gives the more confident of two equally reliable modalities more say', () => {
    const weights = modalityWeights(
      {
        readings: {
          face: reading('face', 'happy', { confidence: 0.9 }),
          voice: reading('voice', 'sad', { confidence: 0.3 }),
        },
        baseline: SETTLED,
        now: NOW,
      },
      EQUAL,
    );
    expect(weights.face).toBeCloseTo(0.75);
    expect(weights.voice).toBeCloseTo(0.25);
  });

  it('trusts the modality our evals found more reliable', () => {
    const weights = modalityWeights(
      {
        readings: { face: reading('face', 'happy'), text: reading('text', 'sad') },
        baseline: SETTLED,
        now: NOW,
      },
      { face: 0.8, voice: 0.5, text: 0.4 },
    );
    expect(weights.face).toBeCloseTo(2 / 3);
  });

  it('halves a reading one half-life old and drops a switched-off or missing one', () => {
    expect(recencyDecay('text', RECENCY_HALF_LIFE_MS.text)).toBeCloseTo(0.5);
    const weights = modalityWeights(
      {
        readings: {
          face: reading('face', 'happy'),
          voice: reading('voice', 'sad', { at: NOW - RECENCY_HALF_LIFE_MS.voice }),
          text: reading('text', 'sad'),
        },
        baseline: SETTLED,
        off: ['text'],
        now: NOW,
      },
      EQUAL,
    );
    expect(Object.keys(weights)).toEqual(['face', 'voice']);
    expect(weights.face).toBeCloseTo(2 / 3);
  });

  it('weighs a plain (neutral) message by its evidence, not by how sure it is of no emotion', () => {
    const weights = modalityWeights(
      {
        readings: {
          voice: reading('voice', 'sad', { probabilities: peaked('sad', 0.4) }),
          text: reading('text', 'neutral', { probabilities: peaked('neutral', 0.94) }),
        },
        baseline: SETTLED,
        now: NOW,
      },
      EQUAL,
    );
    expect(weights.text).toBeCloseTo(0.01 / 0.41);
  });

  it('drops a reading with no face found (quality 0)', () => {
    const weights = modalityWeights(
      {
        readings: {
          face: reading('face', 'happy', { quality: 0 }),
          voice: reading('voice', 'sad'),
        },
        baseline: SETTLED,
        now: NOW,
      },
      EQUAL,
    );
    expect(weights).toEqual({ voice: 1 });
  });

  it('property: weights of any subset of modalities sum to 1 and stay within 0..1', () => {
    const arbitraryReading = (modality: Modality) =>
      fc
        .record({
          top: fc.constantFrom(...EMOTIONS),
          confidence: fc.double({ min: 0, max: 1, noNaN: true }),
          quality: fc.double({ min: 0, max: 1, noNaN: true }),
          age: fc.integer({ min: -1_000, max: 600_000 }),
        })
        .map(({ top, confidence, quality, age }) =>
          reading(modality, top, { confidence, quality, at: NOW - age }),
        );
    fc.assert(
      fc.property(
        fc.subarray([...MODALITIES]),
        fc.subarray([...MODALITIES]),
        fc.tuple(...MODALITIES.map(arbitraryReading)),
        (present, off, all) => {
          const input: FusionInput = {
            readings: Object.fromEntries(present.map((m) => [m, all[MODALITIES.indexOf(m)]])),
            baseline: SETTLED,
            off,
            now: NOW,
          };
          const shares = Object.values(modalityWeights(input));
          for (const share of shares) expect(share).toBeGreaterThan(0);
          for (const share of shares) expect(share).toBeLessThanOrEqual(1 + 1e-12);
          if (shares.length) expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
          for (const m of off) expect(Object.keys(modalityWeights(input))).not.toContain(m);
        },
      ),
    );
  });
});
