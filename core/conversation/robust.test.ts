import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { respond } from './respond';
import { CALM } from './simulate';
import type { MoodState, Turn } from './types';
import { EMOTIONS } from '../emotions';

const moods: fc.Arbitrary<MoodState | null> = fc.option(
  fc.record({
    emotion: fc.constantFrom(...EMOTIONS),
    stress: fc.integer({ min: 0, max: 100 }),
    valence: fc.double({ min: -1, max: 1, noNaN: true }),
    arousal: fc.double({ min: 0, max: 1, noNaN: true }),
    hiddenStress: fc.boolean(),
  }),
);
const words = fc.constantFrom(
  'I',
  'my',
  'sister',
  'deadline',
  'so',
  'stressed',
  'ok',
  'idk',
  '?',
  '!',
  'not',
  'happy',
  'she',
  'breathing',
  'can we',
  'passed',
  'the exam',
  'alone',
  '😊',
  'and',
  'tired',
  'thanks',
);
const message = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(words, { maxLength: 14 }).map((w) => w.join(' ')),
);

describe('respond on anything a person might type', () => {
  it('always answers with a complete, new sentence and never throws', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(message, moods), { minLength: 1, maxLength: 8 }), (session) => {
        const history: Turn[] = [];
        const said = new Set<string>();
        for (const [text, mood] of session) {
          history.push({ sender: 'user', content: text, at: history.length });
          const reply = respond({ history, mood: mood ?? CALM, offered: [] });
          expect(reply.text).toMatch(/^[A-Z].*[.?!]$/s);
          expect(reply.text).not.toMatch(/\{|\}|undefined|null| {2}/);
          expect(said.has(reply.text)).toBe(false);
          said.add(reply.text);
          history.push({ sender: 'ai', content: reply.text, at: history.length });
        }
      }),
      { numRuns: 150 },
    );
  });
});
