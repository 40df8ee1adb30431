import { describe, expect, it } from 'vitest';
import { estimateBurnoutRisk, riskLevel, WINDOW_DAYS } from './estimate';
import { DAY_MS, NOW, sessionsWith } from './testing';

describe('estimateBurnoutRisk', () => {
  it('says there is not enough data yet with no sessions, rather than a fake Low', () => {
    const estimate = estimateBurnoutRisk({
      sessions: [],
      journal: [{ at: NOW, mood: 2 }],
      now: NOW,
    });
    expect(estimate).toEqual({
      status: 'not_enough_data',
      sessionsCounted: 0,
      sessionsNeeded: 3,
      message: 'Not enough data yet: after 3 more sessions RIVION can estimate your burnout risk.',
    });
  });

  it('counts the current session towards the three it needs', () => {
    const [a, b, current] = sessionsWith([40, 45, 50]);
    expect(
      estimateBurnoutRisk({ sessions: [a!], current: b!, journal: [], now: NOW }),
    ).toMatchObject({ status: 'not_enough_data', sessionsNeeded: 1 });
    expect(
      estimateBurnoutRisk({ sessions: [a!, b!], current: current!, journal: [], now: NOW }).status,
    ).toBe('estimated');
  });

  it(`leaves out sessions older than ${WINDOW_DAYS} days`, () => {
    const old = sessionsWith([90, 90, 90], 'sad').map((s) => ({
      ...s,
      startedAt: s.startedAt - 60 * DAY_MS,
    }));
    expect(estimateBurnoutRisk({ sessions: old, journal: [], now: NOW }).status).toBe(
      'not_enough_data',
    );
  });

  it('rates calm, content sessions Low and says to keep going', () => {
    const estimate = estimateBurnoutRisk({
      sessions: sessionsWith([25, 22, 20, 20], 'happy'),
      journal: [{ at: NOW - DAY_MS, mood: 8 }],
      now: NOW,
    });
    expect(estimate).toMatchObject({ status: 'estimated', score: 0, level: 'low', factors: [] });
    if (estimate.status !== 'estimated') throw new Error('estimated');
    expect(estimate.recommendations.map((r) => r.code)).toEqual(['keep_going']);
  });

  it('rates stress climbing session after session High, and recommends professional help first', () => {
    const estimate = estimateBurnoutRisk({
      sessions: sessionsWith([30, 40, 50, 60, 70, 80, 90], 'sad'),
      journal: [{ at: NOW - DAY_MS, mood: 3 }],
      now: NOW,
    });
    if (estimate.status !== 'estimated') throw new Error('estimated');
    expect(estimate.level).toBe('high');
    expect(estimate.score).toBeGreaterThan(70);
    expect(estimate.trend).toEqual({ slope: 10, direction: 'rising', sessions: 7 });
    expect(estimate.factors[0]!.code).toBe('increasing_stress');
    expect(estimate.recommendations[0]!.code).toBe('seek_professional_help');
    expect(estimate.recommendations[0]!.sentence).toMatch(/doctor, counsellor or therapist/);
  });

  it('recommends professional help for a rising trend even while the level is still Low', () => {
    const estimate = estimateBurnoutRisk({
      sessions: sessionsWith([10, 13, 16, 19, 22], 'neutral'),
      journal: [],
      now: NOW,
    });
    if (estimate.status !== 'estimated') throw new Error('estimated');
    expect(estimate.level).toBe('low');
    expect(estimate.recommendations.map((r) => r.code)).toContain('seek_professional_help');
  });

  it('lists the factors that drove the score, largest first, with their points', () => {
    const estimate = estimateBurnoutRisk({
      sessions: sessionsWith([78, 80, 76, 75], 'angry'),
      journal: [],
      now: NOW,
    });
    if (estimate.status !== 'estimated') throw new Error('estimated');
    expect(estimate.level).toBe('medium');
    expect(estimate.factors.map((f) => f.code)).toEqual(['high_stress', 'low_mood']);
    expect(estimate.factors[0]).toMatchObject({ contribution: 30, severity: 1 });
    const total = estimate.factors.reduce((sum, f) => sum + f.contribution, 0);
    expect(Math.abs(total - estimate.score)).toBeLessThanOrEqual(0.5);
    expect(estimate.recommendations.map((r) => r.code)).toEqual(['reduce_workload', 'reach_out']);
  });

  it('notices a current session far above the previous five', () => {
    const past = sessionsWith([30, 32, 28, 31, 29, 30]);
    const current = { ...past.at(-1)!, id: 'now', startedAt: NOW - 1000, meanStress: 75 };
    const estimate = estimateBurnoutRisk({ sessions: past, current, journal: [], now: NOW });
    if (estimate.status !== 'estimated') throw new Error('estimated');
    const spike = estimate.factors.find((f) => f.code === 'stress_spike')!;
    expect(spike.severity).toBe(1);
    expect(spike.sentence).toBe(
      "This session's stress (75) is 45 points above your previous 5 sessions (30).",
    );
    expect(estimate.recommendations.map((r) => r.code)).toContain('take_breaks');
  });

  it('reads low journal moods as low mood even when sessions look calm', () => {
    const journal = [1, 2, 3].map((i) => ({ at: NOW - i * DAY_MS, mood: 1 }));
    const estimate = estimateBurnoutRisk({
      sessions: sessionsWith([40, 40, 40], 'neutral'),
      journal,
      now: NOW,
    });
    if (estimate.status !== 'estimated') throw new Error('estimated');
    expect(estimate.factors.map((f) => f.code)).toContain('low_mood');
  });

  it('counts many sessions in one week', () => {
    const sessions = sessionsWith(Array(16).fill(30), 'neutral', DAY_MS / 3);
    const estimate = estimateBurnoutRisk({ sessions, journal: [], now: NOW });
    if (estimate.status !== 'estimated') throw new Error('estimated');
    expect(estimate.factors.find((f) => f.code === 'frequent_sessions')?.severity).toBe(1);
    expect(estimate.recommendations.map((r) => r.code)).toContain('reduce_workload');
  });

  it('maps scores to the seed levels: Low below 40, Medium 40-70, High above 70', () => {
    expect([0, 39, 40, 70, 71, 100].map(riskLevel)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ]);
  });
});
