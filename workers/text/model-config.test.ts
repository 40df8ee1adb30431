import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../core/emotions';
import { probabilitiesFromScores, textModelConfig } from './model-config';

describe('probabilitiesFromScores', () => {
  it("maps a transformer's Ekman labels to our classes and renormalises over the ones we keep", () => {
    const config = textModelConfig('emotion-english-distilroberta-base');
    const p = probabilitiesFromScores(
      [
        { label: 'joy', score: 0.6 },
        { label: 'sadness', score: 0.2 },
        { label: 'unknown', score: 0.2 },
      ],
      config,
    );
    expect(p[EMOTIONS.indexOf('happy')]).toBeCloseTo(0.75);
    expect(p[EMOTIONS.indexOf('sad')]).toBeCloseTo(0.25);
    expect(p.reduce((a, b) => a + b)).toBeCloseTo(1);
  });

  it('falls back to the default model for an unknown or empty name', () => {
    expect(textModelConfig('').model).toBe('rivion-text-emotion');
    expect(textModelConfig('no-such-model').model).toBe('rivion-text-emotion');
  });
});
