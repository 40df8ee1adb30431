/** Stress over time, per day or per session (the dashboard's line chart). */
import type { Emotion } from '../emotions';
import { aggregate, groupBy, type ReadingBucket, type SessionRecord } from './readings';

export interface DayStress {
  date: string;
  /** Mean stress of the day's readings, one decimal; null when none had a stress figure. */
  stress: number | null;
  peak: number | null;
  emotion: Emotion | null;
  sessions: number;
}

export interface SessionStress {
  session_id: string;
  started_at: string;
  stress: number | null;
  peak: number | null;
  emotion: Emotion | null;
}

const oneDecimal = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

/** One point per day that has readings, oldest first. */
export function stressByDay(buckets: readonly ReadingBucket[]): DayStress[] {
  return [...groupBy(buckets, (bucket) => bucket.day)]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, dayBuckets]) => {
      const figures = aggregate(dayBuckets);
      const sessions = new Set(dayBuckets.map((b) => b.sessionId).filter((id) => id !== null));
      return {
        date,
        stress: oneDecimal(figures.meanStress),
        peak: figures.peakStress,
        emotion: figures.dominantEmotion,
        sessions: sessions.size,
      };
    });
}

/** One point per session with readings or a summary, in the order they started. */
export function stressBySession(
  sessions: readonly SessionRecord[],
  buckets: readonly ReadingBucket[],
): SessionStress[] {
  const bySession = groupBy(buckets, (bucket) => bucket.sessionId);
  return [...sessions]
    .sort((a, b) => a.startedAt - b.startedAt)
    .flatMap((session) => {
      const own = bySession.get(session.id);
      if (!own) return [];
      const figures = aggregate(own);
      return [
        {
          session_id: session.id,
          started_at: new Date(session.startedAt).toISOString(),
          stress: oneDecimal(figures.meanStress),
          peak: figures.peakStress,
          emotion: figures.dominantEmotion,
        },
      ];
    });
}
