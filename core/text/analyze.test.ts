import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze';
import { CRISIS_RESOURCES } from './crisis';

describe('analyzeText', () => {
  it('combines sentiment, sarcasm, risk, stressors and crisis for one message', () => {
    const result = analyzeText(
      "Oh great, another meeting. My boss keeps piling on work and I'm exhausted.",
    );
    expect(result.sentiment).toBeLessThan(-0.3);
    expect(result.sarcasm).toBe(true);
    expect(result.risk.keywords).toEqual(['exhausted']);
    expect(result.stressors.map((s) => s.topic)).toEqual(['work', 'work', 'work', 'sleep']);
    expect(result.crisis.level).toBe('none');
  });

  it('flags a crisis alongside the rest', () => {
    const result = analyzeText("I feel hopeless and I can't go on. I want to end my life.");
    expect(result.crisis.level).toBe('severe');
    expect(result.risk.keywords).toEqual(['hopeless', "can't go on"]);
    expect(result.sentiment).toBeLessThan(0);
  });

  it('returns a calm empty reading for empty input', () => {
    expect(analyzeText('')).toEqual({
      sentiment: 0,
      sarcasm: false,
      risk: { keywords: [], spans: [] },
      stressors: [],
      crisis: {
        level: 'none',
        reasons: [],
        spans: [],
        model: { severe: expect.any(Number), elevated: expect.any(Number) },
      },
    });
  });

  it('handles emoji, punctuation-only and odd unicode without throwing', () => {
    for (const text of ['😭😭😭', '?!?!...', 'İstanbul was lovely', '\u0000\uFFFF', '🏳️‍🌈 proud']) {
      expect(() => analyzeText(text), text).not.toThrow();
    }
  });

  it('analyses 100 KB of text (its speed: npm run bench:text-rules)', () => {
    const sentence = "Work was stressful but I'm not hopeless, I just need sleep 😴. ";
    const text = sentence.repeat(Math.ceil(100_000 / sentence.length));
    const result = analyzeText(text);
    expect(result.crisis.level).toBe('none');
    expect(result.sentiment).toBeGreaterThanOrEqual(-1);
  });
});

describe('CRISIS_RESOURCES', () => {
  it('leads with the emergency step and lists 988, Samaritans and findahelpline', () => {
    expect(CRISIS_RESOURCES.emergency).toMatch(/^If you are in danger now/);
    expect(CRISIS_RESOURCES.emergency).toMatch(/local emergency number/);
    expect(CRISIS_RESOURCES.lines.map((line) => line.contact)).toEqual(['988', '116 123']);
    expect(CRISIS_RESOURCES.elsewhere).toMatch(/findahelpline\.com/);
  });
});
