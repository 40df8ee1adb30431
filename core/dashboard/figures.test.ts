import { describe, expect, it } from 'vitest';
import { dailyStatistics } from './daily';
import { lastDays } from './days';
import { emotionDistribution } from './distribution';
import {
  bucketReadings,
  sessionFigures,
  withSessionSummaries,
  type ReadingFigures,
  type SessionRecord,
} from './readings';
import { summarizeDashboard } from './summary';
import { stressByDay, stressBySession } from './trend';

const NOW = Date.parse('2026-03-10T20:00:00Z');
const at = (iso: string) => Date.parse(iso);

const sessions: SessionRecord[] = [
  {
    id: 'a',
    startedAt: at('2026-03-08T09:00:00Z'),
    endedAt: at('2026-03-08T09:30:00Z'),
    totalStress: 99,
    dominantEmotion: 'happy',
  },
  {
    id: 'b',
    startedAt: at('2026-03-09T18:00:00Z'),
    endedAt: at('2026-03-09T18:15:00Z'),
    totalStress: null,
    dominantEmotion: null,
  },
  // No emotion logs: counts once through its own summary.
  {
    id: 'c',
    startedAt: at('2026-03-10T07:00:00Z'),
    endedAt: null,
    totalStress: 80,
    dominantEmotion: 'sad',
  },
];

const reading = (
  sessionId: string,
  iso: string,
  emotion: ReadingFigures['emotion'],
  stress: number | null,
  hiddenStress = false,
): ReadingFigures => ({ sessionId, recordedAt: at(iso), emotion, stress, hiddenStress });

const readings = [
  reading('a', '2026-03-08T09:01:00Z', 'sad', 60, true),
  reading('a', '2026-03-08T09:02:00Z', 'sad', 70),
  reading('a', '2026-03-08T09:03:00Z', 'neutral', 20),
  reading('b', '2026-03-09T18:01:00Z', 'happy', 10),
  reading('b', '2026-03-09T18:02:00Z', 'happy', null, true),
];

const buckets = withSessionSummaries(bucketReadings(readings), sessions);

describe('session figures', () => {
  it('come from the readings, and from the session’s own summary when it has none', () => {
    expect(sessionFigures(sessions, buckets)).toEqual([
      expect.objectContaining({ id: 'a', meanStress: 50, peakStress: 70, dominantEmotion: 'sad' }),
      expect.objectContaining({
        id: 'b',
        meanStress: 10,
        peakStress: 10,
        dominantEmotion: 'happy',
      }),
      expect.objectContaining({ id: 'c', meanStress: 80, peakStress: 80, dominantEmotion: 'sad' }),
    ]);
  });
});

describe('stress trend', () => {
  it('gives one point per day with the day’s mean, peak and most frequent emotion', () => {
    expect(stressByDay(buckets)).toEqual([
      { date: '2026-03-08', stress: 50, peak: 70, emotion: 'sad', sessions: 1 },
      { date: '2026-03-09', stress: 10, peak: 10, emotion: 'happy', sessions: 1 },
      { date: '2026-03-10', stress: 80, peak: 80, emotion: 'sad', sessions: 1 },
    ]);
  });

  it('gives one point per session in the order they started', () => {
    expect(stressBySession([...sessions].reverse(), buckets).map((p) => p.session_id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('emotion distribution', () => {
  it('counts readings per emotion and gives their share in percent', () => {
    const distribution = emotionDistribution(buckets);
    expect(distribution.total).toBe(6);
    expect(distribution.counts).toMatchObject({ sad: 3, happy: 2, neutral: 1, angry: 0 });
    expect(distribution.percentages).toMatchObject({ sad: 50, happy: 33.3, neutral: 16.7 });
  });

  it('is all zeros, not NaN, with no readings', () => {
    expect(emotionDistribution([]).percentages.happy).toBe(0);
  });
});

describe('summary', () => {
  const summary = summarizeDashboard(
    { sessions, buckets, journal: [{ at: at('2026-03-07T21:00:00Z'), mood: 4 }], now: NOW },
    lastDays(NOW, 7),
  );

  it('counts sessions, minutes, readings and hidden-stress moments in the period', () => {
    expect(summary).toMatchObject({
      period: { from: '2026-03-04', to: '2026-03-10' },
      sessions_count: 3,
      // 30 + 15 minutes; the open session has no readings after its start.
      total_minutes: 45,
      mean_stress: 48,
      current_stress: 80,
      hidden_stress_moments: 2,
      journal_entries: 1,
      streak: { current_days: 4, longest_days: 4 },
    });
    expect(summary.dominant_emotions).toEqual([
      { emotion: 'sad', share: 50 },
      { emotion: 'happy', share: 33.3 },
      { emotion: 'neutral', share: 16.7 },
    ]);
  });

  it('gives the burnout level once three sessions are known', () => {
    expect(summary.burnout_risk).not.toBeNull();
    expect(summary.recommendations.length).toBeGreaterThan(0);
    const early = summarizeDashboard(
      { sessions: sessions.slice(0, 2), buckets, journal: [], now: NOW },
      lastDays(NOW, 7),
    );
    expect(early.burnout_risk).toBeNull();
    expect(early.recommendations).toEqual([]);
  });

  it('leaves out what happened before the period', () => {
    const short = summarizeDashboard(
      { sessions, buckets, journal: [], now: NOW },
      lastDays(NOW, 1),
    );
    expect(short).toMatchObject({ sessions_count: 1, mean_stress: 80, hidden_stress_moments: 0 });
  });
});

describe('daily statistics', () => {
  it('writes one row per UTC day, with the burnout level as it stood that evening', () => {
    const rows = dailyStatistics(buckets, sessionFigures(sessions, buckets), []);
    expect(rows.map((r) => r.date)).toEqual(['2026-03-08', '2026-03-09', '2026-03-10']);
    expect(rows[0]).toEqual({
      date: '2026-03-08',
      avg_stress_score: 50,
      max_stress_score: 70,
      emotion_distribution: { sad: 2, neutral: 1 },
      burnout_risk_level: null,
    });
    // The third session is the third data point: from then on there is an estimate.
    expect(rows[2]!.burnout_risk_level).not.toBeNull();
  });
});
