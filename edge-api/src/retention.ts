/**
 * Deletes conversation data older than each person's retention period (users.data_retention_days).
 * Run every RETENTION_SWEEP_MINUTES by the Node server and by the Worker's cron trigger.
 */
import { sql } from 'drizzle-orm';
import type { Database } from './db/database';
import { emotionLogs, emotionStatistics, feedback, messages, sessions, users } from './db/schema';

export async function sweepExpiredData(db: Database, now: Date): Promise<number> {
  const targets = [
    [sessions, sessions.started_at],
    [messages, messages.created_at],
    [emotionLogs, emotionLogs.recorded_at],
    [feedback, feedback.created_at],
  ] as const;
  let deleted = 0;
  for (const [table, occurredAt] of targets) {
    const retentionDays = sql`(select ${users.data_retention_days} from ${users} where ${users.id} = ${table.user_id})`;
    const removed = await db
      .delete(table)
      // Tombstones have no timestamp of their own; they expire by when the server stored them.
      .where(
        sql`coalesce(${occurredAt}, ${table.updated_at}) < ${now.toISOString()}::timestamptz - ${retentionDays} * interval '1 day'`,
      )
      .returning({ id: table.id });
    deleted += removed.length;
  }
  // The daily statistics are made from those emotion logs, so they go with them: a day is gone
  // once all of it is older than the period (days are UTC, as the rows are).
  const retentionDays = sql`(select ${users.data_retention_days} from ${users} where ${users.id} = ${emotionStatistics.user_id})`;
  const statistics = await db
    .delete(emotionStatistics)
    .where(
      sql`${emotionStatistics.date} < ((${now.toISOString()}::timestamptz - ${retentionDays} * interval '1 day') at time zone 'UTC')::date`,
    )
    .returning({ id: emotionStatistics.id });
  return deleted + statistics.length;
}
