import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../emotions';
import { lastDays } from './days';
import { emotionDistribution } from './distribution';
import { bucketReadings, withSessionSummaries, type SessionRecord } from './readings';
import { summarizeDashboard } from './summary';

const NOW = Date.parse('2026-03-10T20:00:00Z');
const HOUR_MS = 3_600_000;

const arbHistory = fc
  .array(
    fc.record({
      hoursAgo: fc.integer({ min: 0, max: 60 * 24 }),
      minutes: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
      readings: fc.array(
        fc.record({
          minute: fc.integer({ min: 0, max: 90 }),
          emotion: fc.option(fc.constantFrom(...EMOTIONS), { nil: null }),
          stress: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          hidden: fc.boolean(),
        }),
        { maxLength: 6 },
      ),
    }),
    { maxLength: 12 },
  )
  .map((raw) => {
    const sessions: SessionRecord[] = raw.map((s, i) => {
      const startedAt = NOW - s.hoursAgo * HOUR_MS;
      return {
        id: `s${i}`,
        startedAt,
        endedAt: s.minutes === null ? null : startedAt + s.minutes * 60_000,
        totalStress: null,
        dominantEmotion: null,
      };
    });
    const readings = raw.flatMap((s, i) =>
      s.readings.map((r) => ({
        sessionId: `s${i}`,
        recordedAt: Math.min(NOW, sessions[i]!.startedAt + r.minute * 60_000),
        emotion: r.emotion,
        stress: r.stress,
        hiddenStress: r.hidden,
      })),
    );
    return { sessions, readings };
  });

describe('dashboard figures, for any history', () => {
  it('keep stress within 0-100, shares summing to 100, and streaks consistent', () => {
    fc.assert(
      fc.property(
        arbHistory,
        fc.constantFrom(7, 30, 90),
        fc.integer({ min: -720, max: 840 }),
        ({ sessions, readings }, days, offset) => {
          const buckets = withSessionSummaries(bucketReadings(readings, offset), sessions, offset);
          const summary = summarizeDashboard(
            { sessions, buckets, journal: [], now: NOW },
            lastDays(NOW, days, offset),
          );
          for (const value of [summary.mean_stress, summary.current_stress]) {
            if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
            if (value !== null) expect(value).toBeLessThanOrEqual(100);
          }
          expect(summary.total_minutes).toBeGreaterThanOrEqual(0);
          expect(summary.streak.current_days).toBeLessThanOrEqual(summary.streak.longest_days);
          expect(summary.sessions_count).toBeLessThanOrEqual(sessions.length);

          const distribution = emotionDistribution(buckets);
          const shares = Object.values(distribution.percentages).reduce((a, b) => a + b, 0);
          if (distribution.total > 0) expect(Math.abs(shares - 100)).toBeLessThanOrEqual(0.35);
          else expect(shares).toBe(0);
        },
      ),
    );
  });
});
