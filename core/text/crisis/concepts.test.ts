import { describe, expect, it } from 'vitest';
import { expectLevel } from './testing';
import { canonicalize, originalRange } from './canon';
import { detectCrisis } from './detect';

describe('canonicalize', () => {
  it('spells out texting forms, drops fillers and maps back to the original', () => {
    const text = 'idk, i dont really see a reason rn';
    const canonical = canonicalize(text);
    expect(canonical.text).toBe("i don't know, i don't see a reason right now");
    const at = canonical.text.indexOf("don't see");
    const range = originalRange(canonical, at, at + "don't see".length);
    expect(text.slice(range.start, range.end)).toBe('dont really see');
  });
});

describe('concept rules', () => {
  it('reads an ending with a time, a method question or means at hand as severe', () => {
    expectLevel('severe', [
      'ending it tonight.',
      "it's ending tomorrow, i've made my peace",
      'how many of my tablets would it take',
      'can u overdose on citalopram',
      'is the 8th floor high enough',
      'swallowed most of the packet an hour ago',
      'on the edge of the bridge rn',
      'set a date.',
      'i dont see any reason to keep living',
      'they would all be so much happier if i wasnt here',
    ]);
  });

  it('adds up finality cues that are ordinary one at a time', () => {
    expectLevel('severe', [
      'tell sam i love her. none of this is her fault. bye',
      'this will be my last message. thank you for everything',
      "arranged for the cat to go to my aunt's and left the keys with my neighbour",
    ]);
    expectLevel('none', [
      'bye!! see you tomorrow x',
      'thanks for everything today, you were amazing',
      'left the keys with my neighbour while we are on holiday',
      "don't worry about me after the surgery, my sister is staying",
    ]);
  });

  it('reads passive wishes, not coping, urges and reports as elevated', () => {
    expectLevel('elevated', [
      "wouldn't mind if a bus hit me",
      'if the plane went down i would be relieved',
      'hoping i dont wake up',
      'barely holding it together',
      'at my limit',
      'relapsed after a year clean from self harm',
      'my boyfriend has been talking about suicide',
      'my sister took an overdose last week',
      'not gonna do anything stupid tonight',
    ]);
  });

  it('leaves look-alikes alone', () => {
    expectLevel('none', [
      'standing on the edge of the stage was terrifying',
      'i ended things with my boyfriend tonight',
      'we set a date for the wedding!',
      "i'd be relieved if the meeting got cancelled",
      "i'm drowning in laundry",
      'how many ibuprofen can i take in a day',
      "i'm going to make sure i don't forget my passport",
      'scars from my knee surgery are healing',
      "don't do anything stupid while i'm away lol",
    ]);
  });

  it('reads long input built from its own cues (its speed: npm run bench:text-rules)', () => {
    for (const unit of [
      'everyone would be so much better off if i ',
      'on the edge of the roof ',
      'how many pills would ',
      'bye x ',
    ]) {
      expect(() => detectCrisis(unit.repeat(Math.ceil(100_000 / unit.length)))).not.toThrow();
    }
  });
});
