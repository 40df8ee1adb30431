import { describe, expect, it } from 'vitest';
import {
  emotionalSwings,
  frequentSessions,
  highStress,
  increasingStress,
  lowMood,
  stressSpike,
  type Evidence,
} from './factors';
import { sessionsWith } from './testing';

const withStress = (stresses: number[]) =>
  sessionsWith(stresses) as (ReturnType<typeof sessionsWith>[number] & { meanStress: number })[];

function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    stressSessions: [],
    current: null,
    previous: [],
    slope: 0,
    trendSessions: 0,
    moods: [],
    feelings: [],
    sessionsThisWeek: 0,
    ...overrides,
  };
}

describe('high_stress', () => {
  it('adds nothing at an average of 35 or below and counts fully from 70', () => {
    expect(highStress(evidence({ stressSessions: withStress([30, 35, 40]) }))!.severity).toBe(0);
    expect(highStress(evidence({ stressSessions: withStress([70, 90]) }))!.severity).toBe(1);
    expect(highStress(evidence({ stressSessions: withStress([52.5]) }))!.severity).toBeCloseTo(0.5);
  });

  it("names the person's own average", () => {
    expect(highStress(evidence({ stressSessions: withStress([60, 70]) }))!.sentence).toBe(
      'Your average stress across 2 recent sessions is 65 out of 100.',
    );
  });
});

describe('increasing_stress', () => {
  it('needs three sessions for a trend', () => {
    expect(increasingStress(evidence({ slope: 10, trendSessions: 2 }))).toBeNull();
  });

  it('rises with the slope and counts fully from +4 points per session', () => {
    expect(increasingStress(evidence({ slope: -3, trendSessions: 5 }))!.severity).toBe(0);
    expect(increasingStress(evidence({ slope: 2, trendSessions: 5 }))!.severity).toBe(0.5);
    const steep = increasingStress(evidence({ slope: 6.04, trendSessions: 5 }))!;
    expect(steep.severity).toBe(1);
    expect(steep.sentence).toBe(
      'Your stress has gone up by about 6 points per session over your last 5 sessions.',
    );
  });
});

describe('low_mood', () => {
  it('adds nothing for an okay mood and counts fully at 0.2 or lower', () => {
    expect(lowMood(evidence({ moods: [0.6, 0.9] }))!.severity).toBe(0);
    expect(lowMood(evidence({ moods: [0.1, 0.2] }))!.severity).toBe(1);
    expect(lowMood(evidence({ moods: [] }))).toBeNull();
  });

  it('speaks of mood on the journal’s 1-10 scale', () => {
    expect(lowMood(evidence({ moods: [0, 1 / 9] }))!.sentence).toBe(
      'Your mood in sessions and journal entries has averaged 2 out of 10.',
    );
  });
});

describe('stress_spike', () => {
  it('compares the current session with the ones before it', () => {
    const [a, b, current] = withStress([40, 50, 70]);
    const spike = stressSpike(evidence({ current, previous: [a!, b!] }))!;
    expect(spike.severity).toBeCloseTo(25 / 25);
    expect(spike.sentence).toBe(
      "This session's stress (70) is 25 points above your previous 2 sessions (45).",
    );
  });

  it('adds nothing for a calmer session and needs two earlier sessions', () => {
    const [a, b, current] = withStress([60, 60, 30]);
    expect(stressSpike(evidence({ current, previous: [a!, b!] }))!.severity).toBe(0);
    expect(stressSpike(evidence({ current, previous: [a!] }))).toBeNull();
  });
});

describe('emotional_swings', () => {
  it('adds nothing when feelings are steady and counts swings between high and low', () => {
    expect(emotionalSwings(evidence({ feelings: [0.55, 0.55, 0.6] }))!.severity).toBe(0);
    expect(emotionalSwings(evidence({ feelings: [1, 0.1, 1, 0.1] }))!.severity).toBe(1);
    expect(emotionalSwings(evidence({ feelings: [1, 0.1] }))).toBeNull();
  });
});

describe('frequent_sessions', () => {
  it('adds nothing up to one session a day and counts fully at 14 a week', () => {
    expect(frequentSessions(evidence({ sessionsThisWeek: 7 }))!.severity).toBe(0);
    expect(frequentSessions(evidence({ sessionsThisWeek: 10 }))!.severity).toBeCloseTo(3 / 7);
    expect(frequentSessions(evidence({ sessionsThisWeek: 20 }))!.severity).toBe(1);
  });
});
