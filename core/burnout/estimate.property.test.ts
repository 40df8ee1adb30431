import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../emotions';
import { estimateBurnoutRisk } from './estimate';
import { DAY_MS, NOW } from './testing';
import type { SessionFigures } from './types';

const arbSession = fc.record({
  meanStress: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  dominantEmotion: fc.option(fc.constantFrom(...EMOTIONS), { nil: null }),
  hoursAgo: fc.integer({ min: 0, max: 40 * 24 }),
});
const arbJournal = fc.array(
  fc.record({
    at: fc.integer({ min: NOW - 40 * DAY_MS, max: NOW }),
    mood: fc.integer({ min: 1, max: 10 }),
  }),
  { maxLength: 10 },
);

/** Sessions oldest first, so index i is the session's place in time. */
function toSessions(
  raw: {
    meanStress: number | null;
    dominantEmotion: SessionFigures['dominantEmotion'];
    hoursAgo: number;
  }[],
) {
  return raw
    .map((s, i) => ({ ...s, startedAt: NOW - s.hoursAgo * 3_600_000 - i }))
    .sort((a, b) => a.startedAt - b.startedAt)
    .map(({ meanStress, dominantEmotion, startedAt }, i) => ({
      id: `s${i}`,
      startedAt,
      endedAt: null,
      meanStress,
      peakStress: meanStress,
      dominantEmotion,
    }));
}

describe('estimateBurnoutRisk properties', () => {
  it('scores 0-100 with the matching level, or says there is not enough data', () => {
    fc.assert(
      fc.property(fc.array(arbSession, { maxLength: 25 }), arbJournal, (raw, journal) => {
        const estimate = estimateBurnoutRisk({ sessions: toSessions(raw), journal, now: NOW });
        if (estimate.status === 'not_enough_data') {
          expect(estimate.sessionsNeeded).toBeGreaterThan(0);
          return;
        }
        expect(Number.isInteger(estimate.score)).toBe(true);
        expect(estimate.score).toBeGreaterThanOrEqual(0);
        expect(estimate.score).toBeLessThanOrEqual(100);
        expect(estimate.recommendations.length).toBeGreaterThan(0);
      }),
    );
  });

  it('never lowers the score when a rising ramp is added to the sessions’ stress', () => {
    fc.assert(
      fc.property(
        fc.array(arbSession, { minLength: 3, maxLength: 10 }),
        arbJournal,
        fc.integer({ min: 0, max: 5 }),
        (raw, journal, step) => {
          const sessions = toSessions(raw);
          // At most 10 sessions × 5 points on a base of at most 50: nothing passes 100.
          const steeper = sessions.map((s, i) =>
            s.meanStress === null ? s : { ...s, meanStress: s.meanStress + step * i },
          );
          const before = estimateBurnoutRisk({ sessions, journal, now: NOW });
          const after = estimateBurnoutRisk({ sessions: steeper, journal, now: NOW });
          if (before.status !== 'estimated' || after.status !== 'estimated') return;
          expect(after.score).toBeGreaterThanOrEqual(before.score);
        },
      ),
    );
  });

  it('never lowers the score when the newest session is more stressed', () => {
    fc.assert(
      fc.property(
        fc.array(arbSession, { minLength: 3, maxLength: 12 }),
        arbJournal,
        fc.integer({ min: 1, max: 50 }),
        (raw, journal, extra) => {
          const sessions = toSessions(raw);
          const newest = sessions.map((s) => s.meanStress !== null).lastIndexOf(true);
          if (newest < 0) return;
          // Only the newest: raising an older session can flatten the trend, which is right.
          const raised = sessions.map((s, i) =>
            i === newest ? { ...s, meanStress: s.meanStress! + extra } : s,
          );
          const before = estimateBurnoutRisk({ sessions, journal, now: NOW });
          const after = estimateBurnoutRisk({ sessions: raised, journal, now: NOW });
          if (before.status !== 'estimated' || after.status !== 'estimated') return;
          expect(after.score).toBeGreaterThanOrEqual(before.score);
        },
      ),
    );
  });
});
