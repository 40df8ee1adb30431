import { describe, expect, it } from 'vitest';
import { expectLevel } from './testing';
import { detectCrisis } from './detect';

const level = (text: string) => detectCrisis(text).level;

describe('detectCrisis', () => {
  it('reads suicidal intent, plans, means, goodbyes and giving things away as severe', () => {
    expectLevel('severe', [
      'I want to die',
      'I want to kill myself',
      "I'm going to end it all",
      'Everyone would be better off without me',
      "I've been giving my things away",
      "I've got enough pills saved up",
      'This is goodbye, thank you for everything',
      'I just cut myself and it won’t stop bleeding',
      'i wanna die',
      'I WANT TO DIE',
      'kms',
      "i don't want to live anymore",
      'I want to die 😭',
      'want to die.....',
    ]);
  });

  it('reads passive wishes, hopelessness, urges and history as elevated', () => {
    expectLevel('elevated', [
      "I can't take this anymore",
      "What's the point of anything",
      'I wish I could sleep and never wake up',
      'I feel so hopeless',
      'I keep having urges to hurt myself',
      'I used to self harm in school',
      'I tried to kill myself when I was 19',
      "I'm such a burden to my family",
    ]);
  });

  it('does not read idioms as crises', () => {
    expectLevel('none', [
      'This deadline is killing me',
      "I'd kill for a coffee",
      "I'm dying to see it",
      'That joke killed me 😂',
      "I'm dead tired",
      'My phone died',
      'I could die of embarrassment',
      'this lasagne is to die for',
      "I'd rather die than sing karaoke",
      'im dead 💀',
      'that would be career suicide',
      "I'm going to die if I don't sleep",
      'gonna die if i dont get some coffee',
    ]);
  });

  // Decision: a plain denial ("I would never hurt myself") is none. Denial "for now" (yet,
  // tonight) stays elevated, and a hedge ("not sure I want to live") is not a denial at all.
  it('treats denials as none, unless they are only for now', () => {
    expectLevel('none', [
      'I would never hurt myself',
      "I'm not suicidal, just tired",
      "I don't want to die",
      "I'm not hopeless",
      "I'd never kill myself, don't worry",
    ]);
    expectLevel('elevated', ["I'm not going to kill myself tonight", "I haven't hurt myself yet"]);
    expect(level("I'm not sure I want to live anymore")).not.toBe('none');
  });

  // Decision: someone else's risk is elevated (the writer needs support and the helpline lines
  // also help people worried about someone); fiction and news are none.
  it('reads reports about someone else as elevated and fiction as none', () => {
    expectLevel('elevated', [
      'My friend said she wants to die',
      'my brother keeps saying he will kill himself',
      'I think my mum is suicidal',
    ]);
    expectLevel('none', ['The film ends with the character killing himself']);
    expect(level('Asking for a friend, what is the most painless way to die')).toBe('severe');
  });

  // The four kinds of error SAFETY-SET.md lists for the first held-out run, fixed as classes.
  it('reads notes described by their purpose as goodbye messages', () => {
    expectLevel('severe', [
      "I've left letters for my brothers explaining why I did it",
      'there is a message on my laptop telling them why I had to go',
      'I wrote a note for my mum to read afterwards',
      "I've recorded a video for my partner for when I'm gone",
    ]);
    expectLevel('none', [
      'I emailed my landlord explaining why I did it that way',
      'I wrote a note to my flatmate explaining why I ate her cheese',
      'leave me a message and I will read it after',
      'I left notes for the class to read after the lecture',
    ]);
  });

  it('treats "don\'t know how/if" as a hedge, not a denial', () => {
    expectLevel('elevated', [
      "I don't know how much longer I can go on",
      'no idea how long I can hold on',
      "I don't know if I can keep going",
      "I don't think I can carry on like this",
    ]);
    expectLevel('none', [
      "I don't know anyone who self harms",
      "I don't know how long I can keep going to this gym",
    ]);
  });

  it('reads hopelessness about a thing or a skill as none, about a life as elevated', () => {
    expectLevel('none', [
      'the wifi here is hopeless',
      'Our goalkeeper was completely hopeless',
      "I'm a hopeless speller",
      "she's hopeless, she never texts back",
      "I'm hopeless with names",
    ]);
    expectLevel('elevated', [
      "it's hopeless",
      'my life is hopeless',
      'the future looks hopeless',
      'I feel hopeless at the moment',
      'I feel hopeless with everything going on',
    ]);
  });

  // Decision: only mood states (hopelessness, not coping, burden, trapped, pain) resolve to none;
  // past death wishes, attempts and self-harm stay elevated however well the writer is now.
  it('reads a mood told in the past and resolved as none, and only then', () => {
    expectLevel('none', [
      'A few years ago I felt hopeless, but things have got so much better',
      'At uni I felt like a burden. Counselling really helped',
      "There was a time I couldn't see any way out, but I'm in a good place now",
    ]);
    expectLevel('elevated', [
      'I felt hopeless last year and it is back',
      'I feel hopeless but therapy helps a little',
      'I tried to kill myself years ago but I am much better now',
      'I felt hopeless last year but therapy helped. Now I feel hopeless again',
    ]);
  });

  it('returns the reasons and the spans that showed them', () => {
    const text = 'Honestly? I want to die. Everyone would be better off without me.';
    const result = detectCrisis(text);
    expect(result.level).toBe('severe');
    expect(result.reasons).toEqual(['wish or intent to die', 'others better off without them']);
    expect(result.spans.map((s) => s.text)).toEqual(['want to die', 'better off without me']);
    for (const span of result.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('handles empty input and finds a disclosure at the end of 100 KB (its speed: npm run bench:text-rules)', () => {
    expect(detectCrisis('')).toEqual({
      level: 'none',
      reasons: [],
      spans: [],
      model: { severe: expect.any(Number), elevated: expect.any(Number) },
    });
    const filler = 'work was long and the meeting ran late, nothing new. '.repeat(1900);
    expect(level(`${filler}I want to die`)).toBe('severe');
    expect(level('a'.repeat(100_000))).toBe('none');
    expect(level('kill myself '.repeat(9_000)).toString()).toBe('severe');
  });
});
