/**
 * The dashboard's summary (seed §6.4 GET /api/dashboard/summary) from a person's synced sessions,
 * emotion readings and journal, over a period of whole days. Wire-shaped (snake_case), so the
 * device and the API show the same object.
 */
import { estimateBurnoutRisk } from '../burnout/estimate';
import type { JournalMood, Recommendation } from '../burnout/types';
import type { BurnoutRiskLevel, Emotion } from '../emotions';
import { dayKey, inPeriod, type Period } from './days';
import { emotionDistribution } from './distribution';
import {
  aggregate,
  groupBy,
  sessionFigures,
  type ReadingBucket,
  type SessionRecord,
} from './readings';
import { streaks, type Streak } from './streaks';
import { stressByDay, type DayStress } from './trend';

export interface DashboardData {
  /** Sessions from at least 30 days before the period (the burnout window) to now. */
  sessions: readonly SessionRecord[];
  /** Readings bucketed at the period's offset, over the same span; with session summaries added. */
  buckets: readonly ReadingBucket[];
  journal: readonly JournalMood[];
  now: number;
}

export interface DashboardSummary {
  period: { from: string; to: string };
  sessions_count: number;
  total_minutes: number;
  mean_stress: number | null;
  /** Mean stress of the latest session in the period. */
  current_stress: number | null;
  /** Up to three emotions read most often, with their share of readings (0-100). */
  dominant_emotions: { emotion: Emotion; share: number }[];
  hidden_stress_moments: number;
  journal_entries: number;
  streak: Streak;
  /** Null until there is enough data (see burnout-risk). */
  burnout_risk: BurnoutRiskLevel | null;
  avg_stress_trend: DayStress[];
  emotion_distribution: Record<Emotion, number>;
  recommendations: Recommendation[];
}

const MINUTE_MS = 60_000;

export function summarizeDashboard(data: DashboardData, period: Period): DashboardSummary {
  const sessions = data.sessions.filter(
    (s) => s.startedAt >= period.fromMs && s.startedAt <= period.toMs,
  );
  const buckets = data.buckets.filter((bucket) => inPeriod(period, bucket.day));
  const journal = data.journal.filter((e) => e.at >= period.fromMs && e.at <= period.toMs);
  const bySession = groupBy(data.buckets, (bucket) => bucket.sessionId);
  const figures = aggregate(buckets);
  const distribution = emotionDistribution(buckets);
  const latest = [...sessions].sort((a, b) => b.startedAt - a.startedAt)[0];
  const latestFigures = latest ? aggregate(bySession.get(latest.id) ?? []) : null;

  const activeDays = new Set([
    ...sessions.map((s) => dayKey(s.startedAt, period.offsetMinutes)),
    ...journal.map((e) => dayKey(e.at, period.offsetMinutes)),
  ]);
  const burnout = estimateBurnoutRisk({
    sessions: sessionFigures(data.sessions, data.buckets),
    journal: data.journal,
    now: data.now,
  });

  return {
    period: { from: period.fromDay, to: period.toDay },
    sessions_count: sessions.length,
    total_minutes: Math.round(
      sessions.reduce((sum, s) => {
        const end =
          s.endedAt ?? Math.max(s.startedAt, ...(bySession.get(s.id) ?? []).map((b) => b.lastAt));
        return sum + Math.max(0, end - s.startedAt) / MINUTE_MS;
      }, 0),
    ),
    mean_stress: figures.meanStress === null ? null : Math.round(figures.meanStress * 10) / 10,
    current_stress:
      latestFigures?.meanStress != null
        ? Math.round(latestFigures.meanStress)
        : (latest?.totalStress ?? null),
    dominant_emotions: Object.entries(distribution.percentages)
      .filter(([, share]) => share > 0)
      .sort(([, a], [, b]) => b - a)
      .slice(0, 3)
      .map(([emotion, share]) => ({ emotion: emotion as Emotion, share })),
    hidden_stress_moments: figures.hiddenStress,
    journal_entries: journal.length,
    streak: streaks(activeDays, period.toDay),
    burnout_risk: burnout.status === 'estimated' ? burnout.level : null,
    avg_stress_trend: stressByDay(buckets),
    emotion_distribution: distribution.percentages,
    recommendations: burnout.status === 'estimated' ? burnout.recommendations : [],
  };
}
