import { describe, expect, it } from 'vitest';
import { detectCrisis } from './crisis';

const level = (text: string) => detectCrisis(text).level;

function expectLevel(expected: 'none' | 'elevated' | 'severe', texts: string[]) {
  for (const text of texts) expect(level(text), text).toBe(expected);
}

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

  it('returns the reasons and the spans that showed them', () => {
    const text = 'Honestly? I want to die. Everyone would be better off without me.';
    const result = detectCrisis(text);
    expect(result.level).toBe('severe');
    expect(result.reasons).toEqual(['wish or intent to die', 'others better off without them']);
    expect(result.spans.map((s) => s.text)).toEqual(['want to die', 'better off without me']);
    for (const span of result.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('handles empty input and finds a disclosure at the end of 100 KB quickly', () => {
    expect(detectCrisis('')).toEqual({ level: 'none', reasons: [], spans: [] });
    const filler = 'work was long and the meeting ran late, nothing new. '.repeat(1900);
    const started = performance.now();
    expect(level(`${filler}I want to die`)).toBe('severe');
    expect(level('a'.repeat(100_000))).toBe('none');
    expect(level('kill myself '.repeat(9_000)).toString()).toBe('severe');
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
