import { describe, expect, it } from 'vitest';
import { sessionRecommendations, stressTrend } from './outlook';
import { summarizeSession } from './summary';

const reading = (second: number, stress: number | null) => ({
  recorded_at: new Date(Date.UTC(2026, 2, 1, 10, 0, second)).toISOString(),
  stress_score: stress,
});

describe('stressTrend', () => {
  it('compares the first and last third of the readings, in time order', () => {
    const rising = [
      reading(0, 30),
      reading(10, 35),
      reading(20, 50),
      reading(30, 60),
      reading(40, 70),
      reading(50, 80),
    ];
    expect(stressTrend(rising)).toEqual({ direction: 'rising', start: 32.5, end: 75 });
    expect(stressTrend([...rising].reverse())).toEqual({
      direction: 'rising',
      start: 32.5,
      end: 75,
    });
    const falling = rising.map((r, i) => ({ ...r, stress_score: 100 - rising[i]!.stress_score! }));
    expect(stressTrend(falling).direction).toBe('falling');
  });

  it('calls a wobble of a few points steady, and says so when it cannot tell', () => {
    expect(stressTrend([reading(0, 50), reading(10, 53)]).direction).toBe('steady');
    expect(stressTrend([reading(0, 50)]).direction).toBe('unknown');
    expect(stressTrend([reading(0, null)])).toEqual({
      direction: 'unknown',
      start: null,
      end: null,
    });
  });
});

describe('sessionRecommendations', () => {
  const base = summarizeSession([], [], []);

  it('names what helped, and never more than three sentences', () => {
    const summary = {
      ...base,
      suggestions: [
        { type: 'box_breathing' as const, offered: 1, helpful: 1, not_helpful: 0, mean_rating: 5 },
        { type: 'short_walk' as const, offered: 1, helpful: 0, not_helpful: 1, mean_rating: 1 },
      ],
      minutes_above_70: 12,
      peak_stress: 90,
    };
    const sentences = sessionRecommendations(summary, { direction: 'rising', start: 50, end: 80 });
    expect(sentences[0]).toMatch(/^Box breathing helped/);
    expect(sentences.join(' ')).not.toMatch(/walk/i);
    expect(sentences[1]).toMatch(/professional/);
    expect(sentences.length).toBeLessThanOrEqual(3);
  });

  it('thanks the person when there is nothing to suggest', () => {
    expect(sessionRecommendations(base, stressTrend([]))).toEqual([
      'Thank you for checking in. Come back whenever you like.',
    ]);
  });
});
