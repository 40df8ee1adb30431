import { describe, expect, it } from 'vitest';
import { findRisk } from './risk';

describe('findRisk', () => {
  it('finds the keywords the issue names, with their spans', () => {
    const text = "I'm hopeless and alone, so exhausted I could give up";
    const risk = findRisk(text);
    expect(risk.keywords).toEqual(['hopeless', 'alone', 'exhausted', 'give up']);
    expect(risk.spans.map((span) => text.slice(span.start, span.end))).toEqual(
      risk.spans.map((s) => s.text),
    );
    expect(risk.spans[0]).toEqual({ start: 4, end: 12, text: 'hopeless' });
    expect(findRisk('I feel worthless and I give up.').keywords).toEqual(['worthless', 'give up']);
    expect(findRisk("I can't go on, there's no way out").keywords).toEqual([
      "can't go on",
      'no way out',
    ]);
  });

  it.each([
    ["I'm not hopeless", 'a denial'],
    ["I'm never going to give up", 'a denial'],
    ["don't give up, you've got this", 'advice'],
    ["I'm not alone in this", 'a denial'],
    ["I'm hopeless at cooking", 'a skill'],
    ["I'm giving up sugar for lent", 'giving up a thing'],
    ['We exhausted all the options', 'the verb'],
    ['I live alone and love it', 'a way of living'],
    ['just leave me alone', 'a request'],
  ])('finds nothing in "%s" (%s)', (text) => {
    expect(findRisk(text).keywords).toEqual([]);
  });

  it('keeps a hit after a hedge: "don\'t know why" is not a denial', () => {
    expect(findRisk("I don't know why I feel so hopeless").keywords).toEqual(['hopeless']);
  });

  it('keeps a negated comparative as a hit', () => {
    expect(findRisk("I've never felt more alone").keywords).toEqual(['alone']);
  });

  it('handles mixed case, curly apostrophes and emoji', () => {
    expect(findRisk('HOPELESS 😞').keywords).toEqual(['hopeless']);
    expect(findRisk('I can’t go on').keywords).toEqual(["can't go on"]);
  });
});
