/**
 * The daily `emotion_statistics` rows: per UTC day, the mean and peak stress and the emotion
 * counts of that day's readings, and the burnout level as it stood at the end of that day.
 */
import { estimateBurnoutRisk } from '../burnout/estimate';
import type { JournalMood, SessionFigures } from '../burnout/types';
import type { BurnoutRiskLevel, Emotion } from '../emotions';
import { addDays, dayStart } from './days';
import { aggregate, groupBy, type ReadingBucket } from './readings';

export interface DailyStatistics {
  date: string;
  avg_stress_score: number | null;
  max_stress_score: number | null;
  /** Readings per emotion, only the emotions read that day. */
  emotion_distribution: Partial<Record<Emotion, number>>;
  burnout_risk_level: BurnoutRiskLevel | null;
}

/** One row per day that has readings; `buckets` must be at UTC (offset 0). */
export function dailyStatistics(
  buckets: readonly ReadingBucket[],
  sessions: readonly SessionFigures[],
  journal: readonly JournalMood[],
): DailyStatistics[] {
  return [...groupBy(buckets, (bucket) => bucket.day)]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, dayBuckets]) => {
      const figures = aggregate(dayBuckets);
      // The end of the day: what was known then, so a past day's level does not change later.
      const endOfDay = dayStart(addDays(date, 1)) - 1;
      const burnout = estimateBurnoutRisk({
        sessions: sessions.filter((s) => s.startedAt <= endOfDay),
        journal: journal.filter((e) => e.at <= endOfDay),
        now: endOfDay,
      });
      return {
        date,
        avg_stress_score:
          figures.meanStress === null ? null : Math.round(figures.meanStress * 100) / 100,
        max_stress_score: figures.peakStress,
        emotion_distribution: Object.fromEntries(
          Object.entries(figures.counts).filter(([, count]) => count > 0),
        ),
        burnout_risk_level: burnout.status === 'estimated' ? burnout.level : null,
      };
    });
}
