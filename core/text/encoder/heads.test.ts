import { describe, expect, it } from 'vitest';
import { combineEmotion, encoderCrisisLevel, headProbabilities, higherLevel } from './heads';

describe('the sentence heads', () => {
  it('reads a linear head as a softmax over its classes', () => {
    const head = {
      classes: ['a', 'b'],
      weights: [
        [1, 0],
        [0, 1],
      ],
      bias: [0, 0],
    };
    const [a, b] = headProbabilities(head, [2, 0]);
    expect(a! + b!).toBeCloseTo(1, 10);
    expect(a).toBeGreaterThan(b!);
  });

  it('combines classifier and encoder in log space, so confident agreement wins', () => {
    const classifier = [0.05, 0.05, 0.05, 0.5, 0.25, 0.05, 0.05];
    const encoder = [0.05, 0.05, 0.05, 0.05, 0.05, 0.7, 0.05];
    const offset = [0, 0, 0, 0, 0, 0, 0];
    const onlyEncoder = combineEmotion(classifier, encoder, { classifier: 0, encoder: 1, offset });
    expect(onlyEncoder.indexOf(Math.max(...onlyEncoder))).toBe(5);
    const onlyClassifier = combineEmotion(classifier, encoder, {
      classifier: 1,
      encoder: 0,
      offset,
    });
    expect(onlyClassifier[3]).toBeCloseTo(0.5, 6);
  });

  it('raises a crisis level on its cut-offs and never lowers the rules', () => {
    const thresholds = { severe: 0.8, elevated: 0.6 };
    expect(encoderCrisisLevel([0.1, 0.05, 0.85], thresholds)).toBe('severe');
    expect(encoderCrisisLevel([0.35, 0.35, 0.3], thresholds)).toBe('elevated');
    expect(encoderCrisisLevel([0.9, 0.05, 0.05], thresholds)).toBe('none');
    expect(higherLevel('severe', 'none')).toBe('severe');
    expect(higherLevel('elevated', 'severe')).toBe('severe');
    expect(higherLevel('none', 'elevated')).toBe('elevated');
  });
});
