/**
 * Writes the daily `emotion_statistics` rows (one per person and UTC day).
 *
 * Where: when the dashboard reads daily figures (summary, stress-trend), for the days it reads.
 * Why there and not in sync push or at session end: a day's row depends on every reading of that
 * day and its burnout level on the 30 days before it, and readings arrive from several devices in
 * any order, late (a phone offline for a week), as tombstones (whose day is no longer stored) and
 * through more than one writer (sync push, the chat endpoints, the retention sweep). Recomputing the
 * days being read from the records themselves is always right whoever wrote them, keeps the hot
 * push path and its transaction unchanged, and costs one grouped query; rows are written only where
 * they changed, and a day whose readings are all gone loses its row.
 */
import { and, eq, gte, inArray, min, sql } from 'drizzle-orm';
import { dailyStatistics, type DailyStatistics } from '../../../core/dashboard/daily';
import { addDays, dayStart } from '../../../core/dashboard/days';
import { sessionFigures } from '../../../core/dashboard/readings';
import { WINDOW_DAYS } from '../../../core/burnout/estimate';
import type { Database } from '../db/database';
import { emotionLogs, emotionStatistics, sessions } from '../db/schema';
import { loadDashboardData } from './load';

/** Recomputes the rows from `fromDay` (UTC) to now; returns them, oldest first. */
export async function refreshDailyStatistics(
  db: Database,
  userId: string,
  fromDay: string,
  nowMs: number,
): Promise<DailyStatistics[]> {
  // Readings from 30 days earlier too: the first day's burnout level looks back that far.
  const lookback = dayStart(addDays(fromDay, -WINDOW_DAYS));
  const data = await loadDashboardData(db, userId, { fromMs: lookback, toMs: nowMs }, 0);
  const rows = dailyStatistics(
    data.buckets,
    sessionFigures(data.sessions, data.buckets),
    data.journal,
  ).filter((row) => row.date >= fromDay);

  const stored = await db
    .select()
    .from(emotionStatistics)
    .where(and(eq(emotionStatistics.user_id, userId), gte(emotionStatistics.date, fromDay)));
  const storedByDate = new Map(stored.map((row) => [row.date, row]));
  const changed = rows.filter((row) => {
    const old = storedByDate.get(row.date);
    return !old || !sameStatistics(old, row);
  });
  const computedDates = new Set(rows.map((row) => row.date));
  const gone = stored.map((row) => row.date).filter((date) => !computedDates.has(date));

  if (changed.length > 0) {
    await db
      .insert(emotionStatistics)
      .values(changed.map((row) => ({ ...row, user_id: userId })))
      .onConflictDoUpdate({
        target: [emotionStatistics.user_id, emotionStatistics.date],
        set: {
          avg_stress_score: sql`excluded.avg_stress_score`,
          max_stress_score: sql`excluded.max_stress_score`,
          emotion_distribution: sql`excluded.emotion_distribution`,
          burnout_risk_level: sql`excluded.burnout_risk_level`,
        },
      });
  }
  if (gone.length > 0) {
    await db
      .delete(emotionStatistics)
      .where(and(eq(emotionStatistics.user_id, userId), inArray(emotionStatistics.date, gone)));
  }
  return rows;
}

/** jsonb gives keys back in its own order, so distributions are compared key by key. */
function sameStatistics(
  stored: typeof emotionStatistics.$inferSelect,
  row: DailyStatistics,
): boolean {
  const a = stored.emotion_distribution ?? {};
  const b = row.emotion_distribution;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof typeof b>;
  return (
    stored.avg_stress_score === row.avg_stress_score &&
    stored.max_stress_score === row.max_stress_score &&
    stored.burnout_risk_level === row.burnout_risk_level &&
    [...keys].every((key) => a[key] === b[key])
  );
}

/**
 * Recomputes every day the person has readings, sessions or rows for: the export's copy of the
 * table is then as current as the dashboard's, even for days the dashboard never showed.
 */
export async function refreshAllDailyStatistics(
  db: Database,
  userId: string,
  nowMs: number,
): Promise<void> {
  const earliest = await Promise.all([
    db
      .select({ at: min(emotionLogs.recorded_at) })
      .from(emotionLogs)
      .where(eq(emotionLogs.user_id, userId)),
    db
      .select({ at: min(sessions.started_at) })
      .from(sessions)
      .where(eq(sessions.user_id, userId)),
    db
      .select({ at: min(emotionStatistics.date) })
      .from(emotionStatistics)
      .where(eq(emotionStatistics.user_id, userId)),
  ]);
  const days = earliest
    .map(([row]) => row?.at)
    .filter((at): at is string => typeof at === 'string')
    .map((at) => new Date(at).toISOString().slice(0, 10));
  if (days.length === 0) return;
  await refreshDailyStatistics(db, userId, days.sort()[0]!, nowMs);
}
