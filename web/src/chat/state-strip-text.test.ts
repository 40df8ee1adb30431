import { describe, expect, it } from 'vitest';
import type { FusedReading } from '../../../core/fusion/types';
import { stripText, stressWord } from './state-strip-text';

const reading = (over: Partial<FusedReading>) =>
  ({
    emotion: 'fearful',
    stress: 63.6,
    hiddenStress: null,
    calibrating: false,
    ...over,
  }) as FusedReading;

describe('stripText', () => {
  const start = 1_000_000;

  it('says "Calibrating…" through the first minute, names the feeling, and gives no stress yet', () => {
    expect(stripText(null, start, start + 5_000)).toEqual({
      feeling: 'Calibrating…',
      stress: null,
      hidden: null,
    });
    expect(stripText(reading({}), start, start + 59_000).feeling).toBe(
      'You seem worried · Calibrating… (learning your usual stress level)',
    );
    expect(stripText(reading({ calibrating: true }), start, start + 90_000).stress).toBeNull();
  });

  it('after it, names the feeling in plain words and the stress 0-100', () => {
    const text = stripText(reading({}), start, start + 61_000);
    expect(text.feeling).toBe('You seem worried');
    expect(text.stress).toBe(64);
    expect(text.hidden).toBeNull();
  });

  it('puts hidden stress in one sentence', () => {
    const hidden = {
      pattern: 'smile_negative_text',
      reason: 'Your face smiles while your words are heavy.',
    };
    expect(stripText(reading({ hiddenStress: hidden }), start, start + 61_000).hidden).toBe(
      'There may be more stress here than shows: your face smiles while your words are heavy.',
    );
  });

  it('gives the figure a word', () => {
    expect([10, 40, 69, 70].map(stressWord)).toEqual(['low', 'moderate', 'moderate', 'high']);
  });
});
