import { describe, expect, it } from 'vitest';
import { scoreSentiment } from './sentiment';

const valence = (text: string) => scoreSentiment(text).valence;

describe('scoreSentiment', () => {
  it('reads plain positive and negative sentences', () => {
    expect(valence('I had a really lovely day with my sister')).toBeGreaterThan(0.4);
    expect(valence('I feel sad and lonely tonight')).toBeLessThan(-0.4);
    expect(valence('The bus leaves at nine')).toBe(0);
  });

  it('flips negated words and keeps them weaker than their opposite', () => {
    expect(valence('I am not happy')).toBeLessThan(0);
    expect(valence('I am not happy')).toBeGreaterThan(valence('I am sad'));
    expect(valence("honestly it wasn't bad")).toBeGreaterThan(0);
  });

  it('reads a negated comparative as emphasis, not its opposite', () => {
    expect(valence('I have never felt worse')).toBeLessThan(-0.4);
    expect(valence("I couldn't be happier")).toBeGreaterThan(0.4);
    expect(valence("I've never been happier")).toBeGreaterThan(0.4);
  });

  it('scales by intensifiers and diminishers', () => {
    expect(valence('I am very happy')).toBeGreaterThan(valence('I am happy'));
    expect(valence('I am a bit sad')).toBeGreaterThan(valence('I am sad'));
    expect(valence('I am extremely stressed')).toBeLessThan(valence('I am stressed'));
  });

  it('weights the clause after "but"', () => {
    expect(valence('The food was good but the service was awful')).toBeLessThan(0);
    expect(valence('The commute was awful but my team is great')).toBeGreaterThan(0);
  });

  it('reads sarcasm as negative', () => {
    for (const text of [
      'Oh great, another meeting',
      'Just what I needed, a flat tyre on the motorway',
      'yeah right, like that will ever happen',
      'I just love being ignored in the group chat',
      'Great, my train is delayed again',
      'Perfect timing, the power went out 🙄',
    ]) {
      const result = scoreSentiment(text);
      expect(result.sarcasm, text).toBe(true);
      expect(result.valence, text).toBeLessThan(0);
    }
  });

  it('leaves sincere praise alone', () => {
    for (const text of [
      'Great job today everyone!',
      'A hot bath, just what I needed',
      'I love my job',
    ]) {
      expect(scoreSentiment(text).sarcasm, text).toBe(false);
      expect(valence(text), text).toBeGreaterThanOrEqual(0);
    }
  });

  it('scores idioms as the idiom, not their words', () => {
    expect(valence('we absolutely killed it at the presentation today')).toBeGreaterThan(0);
    expect(valence("I'm dying to see the new film")).toBeGreaterThan(0);
    expect(valence('this deadline is killing me')).toBeLessThan(0);
  });

  it('uses emoji, exclamation marks and shouting', () => {
    expect(valence('exam results today 😊')).toBeGreaterThan(0);
    expect(valence('exam results today 😭')).toBeLessThan(0);
    expect(valence('I passed!!!')).toBe(0);
    expect(valence('so happy!!!')).toBeGreaterThan(valence('so happy'));
    expect(valence('I am SO ANGRY at him')).toBeLessThan(valence('I am so angry at him'));
  });

  it('treats mixed case and curly apostrophes like plain text', () => {
    expect(valence('I AM NOT HAPPY')).toBeLessThan(0);
    expect(valence('I don’t feel good')).toBeLessThan(0);
  });

  it('returns 0 for empty or whitespace input and stays inside [-1, 1]', () => {
    expect(scoreSentiment('')).toEqual({ valence: 0, sarcasm: false, sarcasmSpans: [] });
    expect(valence('   \n ')).toBe(0);
    const gushing = 'amazing wonderful perfect '.repeat(200);
    expect(valence(gushing)).toBeLessThanOrEqual(1);
    expect(valence(gushing)).toBeGreaterThan(0.95);
  });
});
