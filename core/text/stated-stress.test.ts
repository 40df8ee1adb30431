import { describe, expect, it } from 'vitest';
import { statesStress } from './stated-stress';

describe('statesStress', () => {
  it('hears a person say they are stressed, anxious or overloaded', () => {
    for (const text of [
      "I'm so stressed about the deadline",
      "There's just too much to do and I don't know where to start",
      'I feel anxious about tomorrow',
      'Honestly I am completely overwhelmed at work',
      "I'm under so much pressure right now",
      "I can't cope with all of this",
      'I’m really worried about my exam',
      'Work is so stressful right now',
      'My boss is stressing me out',
    ]) {
      expect(statesStress(text), text).toBe(true);
    }
  });

  it('does not count a denial, a relief, someone else’s stress or a sentence without such words', () => {
    for (const text of [
      "I'm not stressed at all, just tired of waiting",
      "I'm not worried about it",
      "It's due Friday and I'm nowhere near done.",
      'We had too much fun at the party',
      'I love my job',
      "If you're worried about cost, a safety razor is a better choice",
      'Good on you for choosing a less stressful life',
      'Does your wife have a lot of stress from her job?',
    ]) {
      expect(statesStress(text), text).toBe(false);
    }
  });
});
