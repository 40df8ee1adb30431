import { describe, expect, it } from 'vitest';
import { detectCrisis } from '../../core/text/crisis/index';
import { raisedLevel } from '../../core/text/encoder/heads';
import { encoderReadings, readHeads } from './heads-node';

/** The idioms and plain denials the labelling rules name as none (eval/data/SAFETY-SET.md). */
const IDIOMS_AND_DENIALS = [
  'this deadline is killing me',
  "I'd kill for a coffee",
  'dying to see it',
  'that joke killed me',
  'dead tired',
  'my phone died',
  'that cake is to die for',
  "I'd rather die than go",
  'bored to death',
  'that would be career suicide',
  "I'm going to die if I don't sleep",
  'I would never hurt myself',
  "I'm not suicidal",
  "I don't want to die",
  "I'm not hopeless",
];

describe('the shipped sentence heads', () => {
  it('raise none of the idioms and denials the labelling rules name', async () => {
    const heads = readHeads();
    const readings = await encoderReadings(IDIOMS_AND_DENIALS, heads);
    const levels = IDIOMS_AND_DENIALS.map((text, i) =>
      raisedLevel(detectCrisis(text).level, readings[i]!.crisis, heads.crisis.thresholds),
    );
    expect(Object.fromEntries(IDIOMS_AND_DENIALS.map((t, i) => [t, levels[i]]))).toEqual(
      Object.fromEntries(IDIOMS_AND_DENIALS.map((t) => [t, 'none'])),
    );
  });
});
