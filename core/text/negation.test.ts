import { describe, expect, it } from 'vitest';
import { negatedBefore } from './negation';

const negated = (text: string, phrase: string) => negatedBefore(text, text.indexOf(phrase));

describe('negatedBefore', () => {
  it('reads a negator before the phrase as a denial', () => {
    expect(negated("i'm not hopeless", 'hopeless')).toBe(true);
    expect(negated("i don't know anyone who self harms", 'self harms')).toBe(true);
  });

  it('reads "don\'t know how/if" and "no idea how" as a hedge about what follows', () => {
    expect(negated("i don't know how much longer i can keep going", 'how much')).toBe(false);
    expect(negated('no idea how long i can hold on', 'how long')).toBe(false);
    expect(negated("i don't know why i feel so hopeless", 'hopeless')).toBe(false);
    expect(negated("i'm not sure i want to live", 'want to live')).toBe(false);
  });

  it('stops at a clause break', () => {
    expect(negated("i'm not sure, but i feel hopeless", 'hopeless')).toBe(false);
    expect(negated("no. i'm hopeless", 'hopeless')).toBe(false);
  });
});
