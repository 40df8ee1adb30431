/**
 * A person's synced records as the dashboard figures need them. Only label and score columns are
 * read (started_at, stress, emotion, mood…), which are stored in the clear; nothing they wrote is
 * decrypted, because no figure needs their words. Emotion logs are summed in SQL per session, day
 * and emotion (core/dashboard/readings.ts), so a long history is a few hundred rows, not every
 * reading.
 */
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { JournalMood } from '../../../core/burnout/types';
import {
  withSessionSummaries,
  type ReadingBucket,
  type SessionRecord,
} from '../../../core/dashboard/readings';
import type { Emotion } from '../../../core/emotions';
import type { Database } from '../db/database';
import { emotionLogs, journalEntries, sessions } from '../db/schema';

const iso = (ms: number) => new Date(ms).toISOString();
const epochMs = (column: unknown) =>
  sql<number>`(extract(epoch from ${column}) * 1000)::float8`.mapWith(Number);

export interface Span {
  fromMs: number;
  toMs: number;
}

/** Emotion readings from `span`, summed per session, day (at `offsetMinutes`) and emotion. */
export async function readReadingBuckets(
  db: Database,
  userId: string,
  span: Span,
  offsetMinutes: number,
): Promise<ReadingBucket[]> {
  const day = sql<string>`to_char((${emotionLogs.recorded_at} at time zone 'UTC') + make_interval(mins => ${offsetMinutes}::int), 'YYYY-MM-DD')`;
  const rows = await db
    .select({
      sessionId: emotionLogs.session_id,
      day,
      emotion: emotionLogs.final_emotion,
      readings: sql<number>`count(*)::int`.mapWith(Number),
      stressSum: sql<number>`coalesce(sum(${emotionLogs.stress_score}), 0)::float8`.mapWith(Number),
      stressReadings: sql<number>`count(${emotionLogs.stress_score})::int`.mapWith(Number),
      stressMax: sql<number | null>`max(${emotionLogs.stress_score})`,
      hiddenStress:
        sql<number>`(count(*) filter (where ${emotionLogs.hidden_stress_detected}))::int`.mapWith(
          Number,
        ),
      firstAt: epochMs(sql`min(${emotionLogs.recorded_at})`),
      lastAt: epochMs(sql`max(${emotionLogs.recorded_at})`),
    })
    .from(emotionLogs)
    .where(
      and(
        eq(emotionLogs.user_id, userId),
        eq(emotionLogs.deleted, false),
        gte(emotionLogs.recorded_at, iso(span.fromMs)),
        lte(emotionLogs.recorded_at, iso(span.toMs)),
      ),
    )
    // By position: the day expression carries a parameter, and PostgreSQL does not match a
    // repeated one ($1 and $6) as the same expression.
    .groupBy(sql`1, 2, 3`);
  return rows.map((row) => ({
    ...row,
    emotion: row.emotion as Emotion | null,
    stressMax: row.stressMax === null ? null : Number(row.stressMax),
  }));
}

export async function readSessions(
  db: Database,
  userId: string,
  span: Span,
): Promise<SessionRecord[]> {
  const rows = await db
    .select({
      id: sessions.id,
      startedAt: epochMs(sessions.started_at),
      endedAt: sql<number | null>`(extract(epoch from ${sessions.ended_at}) * 1000)::float8`,
      totalStress: sessions.total_stress_score,
      dominantEmotion: sessions.dominant_emotion,
    })
    .from(sessions)
    .where(
      and(
        eq(sessions.user_id, userId),
        eq(sessions.deleted, false),
        gte(sessions.started_at, iso(span.fromMs)),
        lte(sessions.started_at, iso(span.toMs)),
      ),
    );
  return rows.map((row) => ({
    ...row,
    endedAt: row.endedAt === null ? null : Number(row.endedAt),
    dominantEmotion: row.dominantEmotion as Emotion | null,
  }));
}

export async function readJournalMoods(
  db: Database,
  userId: string,
  span: Span,
): Promise<JournalMood[]> {
  const rows = await db
    .select({ at: epochMs(journalEntries.occurred_at), mood: journalEntries.mood })
    .from(journalEntries)
    .where(
      and(
        eq(journalEntries.user_id, userId),
        eq(journalEntries.deleted, false),
        gte(journalEntries.occurred_at, iso(span.fromMs)),
        lte(journalEntries.occurred_at, iso(span.toMs)),
      ),
    );
  return rows.flatMap((row) => (row.mood === null ? [] : [{ at: row.at, mood: row.mood }]));
}

/** Sessions, readings (with the summaries of sessions that have none) and journal moods. */
export async function loadDashboardData(
  db: Database,
  userId: string,
  span: Span,
  offsetMinutes: number,
) {
  const [sessionRows, buckets, journal] = await Promise.all([
    readSessions(db, userId, span),
    readReadingBuckets(db, userId, span, offsetMinutes),
    readJournalMoods(db, userId, span),
  ]);
  return {
    sessions: sessionRows,
    buckets: withSessionSummaries(buckets, sessionRows, offsetMinutes),
    journal,
  };
}
