import { describe, expect, it } from 'vitest';
import { analyzeText } from '../core/text/analyze';
import { DEFAULT_SPEECH_DIR } from '../models/voice/dataset';
import { NEUTRAL_SENTENCES, ravdessStatements, textDealer } from './fusion-pairs';

const SPEECH = DEFAULT_SPEECH_DIR;

describe('fusion pairs', () => {
  it('deals the same texts in the same order on every run, cycling a short pool', () => {
    const pools = { sad: ['a', 'b', 'c'], happy: ['d'] };
    const first = textDealer(pools, 7);
    const second = textDealer(pools, 7);
    const dealt = Array.from({ length: 6 }, () => first('sad'));
    expect(Array.from({ length: 6 }, () => second('sad'))).toEqual(dealt);
    expect(new Set(dealt.slice(0, 3))).toEqual(new Set(['a', 'b', 'c']));
    expect(dealt.slice(3)).toEqual(dealt.slice(0, 3));
    expect(() => first('angry')).toThrow(/no text labelled angry/);
  });

  it('pairs RAVDESS files with the sentence spoken in them', () => {
    const statements = ravdessStatements(SPEECH);
    expect(statements.get('ravdess/03-01-01-01-01-01-01.wav')).toBe(
      'Kids are talking by the door.',
    );
    expect(new Set(statements.values())).toEqual(
      new Set(['Kids are talking by the door.', 'Dogs are sitting by the door.']),
    );
  });

  it('writes neutral sentences the rules find neither positive, negative nor risky', () => {
    for (const sentence of NEUTRAL_SENTENCES) {
      const analysis = analyzeText(sentence);
      expect(Math.abs(analysis.sentiment), sentence).toBeLessThan(0.1);
      expect(analysis.crisis.level, sentence).toBe('none');
    }
  });
});
