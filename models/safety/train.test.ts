import { describe, expect, it } from 'vitest';
import { CRISIS_CONCEPTS } from './concepts';
import type { AuthorGroup } from './data';
import { fitGroups, type SafetyConfig } from './fit';

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
