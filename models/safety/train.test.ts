import { describe, expect, it } from 'vitest';
import { CRISIS_CONCEPTS } from './concepts';
import type { AuthorGroup } from './data';
import { holdToOrdinary, ordinaryRate } from './cv';
import { fitGroups, scoreTexts, type SafetyConfig } from './fit';

// A small fixed fixture: two "authors" of a few lines each.
const groups: AuthorGroup[] = [
  {
    name: 'a',
    path: 'a.csv',
    rows: [
      { text: 'i want to die tonight', level: 'severe' },
      { text: 'saved up pills, tonight is the night', level: 'severe' },
      { text: 'i feel hopeless about everything', level: 'elevated' },
      { text: 'this deadline is killing me', level: 'none' },
      { text: 'had a nice walk today', level: 'none' },
    ],
  },
  {
    name: 'b',
    path: 'b.csv',
    rows: [
      { text: 'i want to die, i have the pills', level: 'severe' },
      { text: 'everything feels hopeless lately', level: 'elevated' },
      { text: 'i wish i could disappear', level: 'elevated' },
      { text: 'the meeting is killing me lol', level: 'none' },
      { text: 'nice day for a walk', level: 'none' },
    ],
  },
];

const config = (seed: number): SafetyConfig => ({
  features: {
    words: 2,
    chars: [3, 4],
    negation: true,
    concepts: CRISIS_CONCEPTS,
    conceptPairs: true,
  },
  vocabulary: { minDocs: 2, minGroups: 2, maxFeatures: 500 },
  severeBoost: 1,
  ordinaryWeight: 1,
  logistic: { l2: 1e-4, epochs: 20, batchSize: 3, learningRate: 0.05, seed },
});

describe('safety classifier training', () => {
  it('gives the same vocabulary and weights for the same seed', () => {
    const first = fitGroups(groups, config(7));
    const second = fitGroups(groups, config(7));
    expect(second.vocabulary).toEqual(first.vocabulary);
    expect(Array.from(second.model.weights)).toEqual(Array.from(first.model.weights));
    expect(second.model.bias).toEqual(first.model.bias);
  });

  it('depends on the seed only through the order of mini-batches', () => {
    const other = fitGroups(groups, config(8));
    expect(other.vocabulary).toEqual(fitGroups(groups, config(7)).vocabulary);
    expect(Array.from(other.model.weights)).not.toEqual(
      Array.from(fitGroups(groups, config(7)).model.weights),
    );
  });

  it('keeps only features that both authors used', () => {
    const { vocabulary } = fitGroups(groups, config(7));
    expect(vocabulary).toContain('b:want to');
    expect(vocabulary).not.toContain('w:tonight');
  });
});

describe('ordinary negatives and the flag rate', () => {
  const everyday = ['i want to go home', 'i want to see it', 'i want to try the walk'];

  it('teaches that everyday words are plain: "I want to go for a walk" reads less risky', () => {
    const withOrdinary = { ...config(7), ordinaryWeight: 10 };
    const ordinary = Array.from({ length: 20 }, (_, i) => everyday[i % everyday.length]!);
    const text = ['i want to go for a walk'];
    const [before] = scoreTexts(fitGroups(groups, withOrdinary), withOrdinary, text);
    const [after] = scoreTexts(fitGroups(groups, withOrdinary, ordinary), withOrdinary, text);
    expect(after![0]).toBeGreaterThan(before![0]);
  });

  it('sets the severe cut-off by everyday text and only raises the elevated one', () => {
    const severe = [0.8, 0.85, 0.9, 0.95];
    const scored = Array.from({ length: 1000 }, (_, i) => {
      const p = severe[i] ?? 0.1;
      return { rules: 'none' as const, p: [1 - p, 0, p] as [number, number, number] };
    });
    // 0.35 % of 1000 is 3 comments: the cut-off lets 0.85, 0.9 and 0.95 through, not 0.8.
    const held = holdToOrdinary({ severe: 0.95, elevated: 0.3 }, scored);
    expect(held.severe).toBe(0.81);
    expect(ordinaryRate(scored, held, 'severe')).toBeLessThanOrEqual(0.0035);
    expect(held.elevated).toBe(0.3);
  });
});
