import { describe, expect, it } from 'vitest';
import { readCrisis } from './detect';
import { featuresOf } from './model';

/** What the classifier reads of a message, spaces squeezed. */
const read = (text: string) => readCrisis(text).classifierText.replace(/\s+/g, ' ').trim();

describe('what the classifier reads beside the rules', () => {
  it('leaves out plain denials of a risk word, clause by clause', () => {
    expect(read("I'm not a burden to anyone")).toBe('');
    expect(read('nobody I know has ever self harmed')).not.toBe('');
    expect(read("I don't know anybody who self harms")).toBe('');
    // Within five words only: "I never thought I'd be someone who wants to die" is a disclosure.
    const far = "I never thought I'd be someone who wants to die";
    expect(read(far)).toBe(far);
    expect(read("I don't want to die, I just want the noise to stop")).toBe(
      'I just want the noise to stop',
    );
    expect(read("I'd never kill myself, don't worry")).toBe('');
  });

  it('keeps a denial that names means, a time, a failed attempt or a feeling about dying', () => {
    for (const text of [
      "I won't die tonight, the pills are for tomorrow",
      "I didn't die last time, so this time I'll do it properly",
      "I'm not scared to die anymore",
      "I don't care if I die",
    ]) {
      expect(read(text), text).toBe(text);
    }
  });

  it('leaves out ordinary absences and notes, but not leaving for good', () => {
    expect(read("while I'm away on holiday my neighbour feeds the rabbits")).toBe('');
    expect(read("when I'm not home the cat sleeps on my bed")).toBe('');
    expect(read('I left a text for my sister explaining why I borrowed her car')).toBe('');
    for (const text of [
      "when I'm gone for good the cat goes to my sister",
      "when I'm not around anymore they can have my room",
      'I left a letter for my sister explaining why I did it',
    ]) {
      expect(read(text), text).toBe(text);
    }
  });

  it('leaves out a low mood told as over, with its resolution, but never a past attempt', () => {
    expect(read('Last year I felt hopeless. My counsellor really helped')).toBe('');
    const attempt = 'I tried to kill myself years ago but I am much better now';
    expect(read(attempt)).toBe(attempt);
  });
});

describe('negation scope features', () => {
  const options = {
    words: 2,
    chars: [0, 0] as [number, number],
    negation: false,
    negationScope: true,
    concepts: { burden: ['burden'], hopeless: ['hopeless'] },
  };

  it('reads the rest of the clause as negated, and the word class as denied', () => {
    const features = featuresOf("I'm not a burden, but I feel hopeless", options);
    expect(features).toEqual(expect.arrayContaining(['w:!burden', 'k:!burden', 'k:hopeless']));
    expect(features).not.toContain('w:burden');
    expect(features).toContain('w:hopeless');
  });

  it('opens no scope for a hedge or for inability', () => {
    expect(featuresOf("I'm not sure I'm not a burden", options)).toContain('w:sure');
    expect(featuresOf("I can't stop feeling hopeless", options)).toContain('k:hopeless');
    expect(featuresOf("I don't know how to not be hopeless", options)).toContain('w:know');
  });
});
