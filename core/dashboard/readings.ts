/**
 * Emotion readings grouped by session, day and emotion: the server sums them in SQL, the device
 * with `bucketReadings`, and every dashboard figure is computed from these buckets, so both give
 * the same numbers.
 */
import { EMOTIONS, type Emotion } from '../emotions';
import type { SessionFigures } from '../burnout/types';
import { dayKey } from './days';

/** The fields of one emotion log the dashboard reads (labels and scores, never text). */
export interface ReadingFigures {
  sessionId: string | null;
  /** ms since 1970. */
  recordedAt: number;
  emotion: Emotion | null;
  stress: number | null;
  hiddenStress: boolean;
}

export interface ReadingBucket {
  sessionId: string | null;
  day: string;
  emotion: Emotion | null;
  readings: number;
  stressSum: number;
  stressReadings: number;
  stressMax: number | null;
  hiddenStress: number;
  firstAt: number;
  lastAt: number;
}

/** A conversation session as synced: its own summary figures, used when it has no readings. */
export interface SessionRecord {
  id: string;
  startedAt: number;
  endedAt: number | null;
  totalStress: number | null;
  dominantEmotion: Emotion | null;
}

export function bucketReadings(
  readings: readonly ReadingFigures[],
  offsetMinutes = 0,
): ReadingBucket[] {
  const buckets = new Map<string, ReadingBucket>();
  for (const reading of readings) {
    const day = dayKey(reading.recordedAt, offsetMinutes);
    const key = `${reading.sessionId}|${day}|${reading.emotion}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = {
        sessionId: reading.sessionId,
        day,
        emotion: reading.emotion,
        readings: 0,
        stressSum: 0,
        stressReadings: 0,
        stressMax: null,
        hiddenStress: 0,
        firstAt: reading.recordedAt,
        lastAt: reading.recordedAt,
      };
      buckets.set(key, bucket);
    }
    bucket.readings += 1;
    if (reading.stress !== null) {
      bucket.stressSum += reading.stress;
      bucket.stressReadings += 1;
      bucket.stressMax = Math.max(bucket.stressMax ?? 0, reading.stress);
    }
    if (reading.hiddenStress) bucket.hiddenStress += 1;
    bucket.firstAt = Math.min(bucket.firstAt, reading.recordedAt);
    bucket.lastAt = Math.max(bucket.lastAt, reading.recordedAt);
  }
  return [...buckets.values()];
}

/**
 * The buckets plus one for every session that has none but carries its own summary (a client that
 * syncs sessions without emotion logs): it counts as one reading of that summary on its first day.
 */
export function withSessionSummaries(
  buckets: readonly ReadingBucket[],
  sessions: readonly SessionRecord[],
  offsetMinutes = 0,
): ReadingBucket[] {
  const logged = new Set(buckets.map((bucket) => bucket.sessionId));
  const summaries = sessions
    .filter((s) => !logged.has(s.id) && (s.totalStress !== null || s.dominantEmotion !== null))
    .map((s) => ({
      sessionId: s.id,
      day: dayKey(s.startedAt, offsetMinutes),
      emotion: s.dominantEmotion,
      readings: 1,
      stressSum: s.totalStress ?? 0,
      stressReadings: s.totalStress === null ? 0 : 1,
      stressMax: s.totalStress === null ? null : Math.round(s.totalStress),
      hiddenStress: 0,
      firstAt: s.startedAt,
      lastAt: s.startedAt,
    }));
  return [...buckets, ...summaries];
}

/** Mean and peak stress and the most frequent emotion over some buckets. */
export interface Aggregate {
  readings: number;
  meanStress: number | null;
  peakStress: number | null;
  dominantEmotion: Emotion | null;
  counts: Record<Emotion, number>;
  hiddenStress: number;
}

export function aggregate(buckets: readonly ReadingBucket[]): Aggregate {
  const counts = Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as Record<Emotion, number>;
  let readings = 0;
  let stressSum = 0;
  let stressReadings = 0;
  let peakStress: number | null = null;
  let hiddenStress = 0;
  for (const bucket of buckets) {
    readings += bucket.readings;
    stressSum += bucket.stressSum;
    stressReadings += bucket.stressReadings;
    if (bucket.stressMax !== null) peakStress = Math.max(peakStress ?? 0, bucket.stressMax);
    hiddenStress += bucket.hiddenStress;
    if (bucket.emotion) counts[bucket.emotion] += bucket.readings;
  }
  return {
    readings,
    meanStress: stressReadings > 0 ? stressSum / stressReadings : null,
    peakStress,
    dominantEmotion: dominantOf(counts),
    counts,
    hiddenStress,
  };
}

/** The emotion read most often; a tie goes to the one first in EMOTIONS, so it is stable. */
export function dominantOf(counts: Record<Emotion, number>): Emotion | null {
  let best: Emotion | null = null;
  for (const emotion of EMOTIONS) {
    if (counts[emotion] > 0 && (best === null || counts[emotion] > counts[best])) best = emotion;
  }
  return best;
}

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Each session's figures for the burnout estimate, from its readings or else its own summary. */
export function sessionFigures(
  sessions: readonly SessionRecord[],
  buckets: readonly ReadingBucket[],
): SessionFigures[] {
  const bySession = groupBy(buckets, (bucket) => bucket.sessionId);
  return sessions.map((session) => {
    const own = bySession.get(session.id);
    const figures = own ? aggregate(own) : null;
    return {
      id: session.id,
      startedAt: session.startedAt,
      endedAt: session.endedAt,
      meanStress: figures?.meanStress ?? session.totalStress,
      peakStress: figures?.peakStress ?? session.totalStress,
      dominantEmotion: figures?.dominantEmotion ?? session.dominantEmotion,
    };
  });
}
