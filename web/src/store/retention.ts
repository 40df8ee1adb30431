/**
 * The account's retention period, applied on this device as the server applies it
 * (edge-api/src/retention.ts): sessions, messages, emotion logs and suggestion ratings older than
 * `data_retention_days` go, and so do the device-only safety events. Journal entries stay until
 * the person deletes them, on the server and here alike. The server deletes its own copies
 * without tombstones, so this drops local rows (and any queued change of them) without syncing.
 */
import type { SyncTable } from '../../../core/sync/constants';
import type { RivionDb } from './db';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The date each expiring table is aged by, as in the server's sweep. */
const AGED_BY: Partial<Record<SyncTable, string>> = {
  sessions: 'started_at',
  messages: 'created_at',
  emotion_logs: 'recorded_at',
  feedback: 'created_at',
};

/** Deletes what is older than `retentionDays` before `now`; returns how many rows went. */
export async function deleteExpiredLocalData(
  db: RivionDb,
  retentionDays: number,
  now = Date.now(),
): Promise<number> {
  const cutoff = now - retentionDays * DAY_MS;
  return db.transaction(
    'rw',
    [...Object.keys(AGED_BY), 'outbox', 'refused', 'last_synced', 'safety_events'],
    async () => {
      let deleted = 0;
      for (const [table, field] of Object.entries(AGED_BY)) {
        const expired = (await db
          .syncTable(table as SyncTable)
          .filter((row) => {
            const at = (row.data as Record<string, unknown> | null)?.[field];
            return typeof at === 'string' && Date.parse(at) < cutoff;
          })
          .primaryKeys()) as string[];
        if (expired.length === 0) continue;
        await db.syncTable(table as SyncTable).bulkDelete(expired);
        await db.outbox.where('change.id').anyOf(expired).delete();
        await db.refused.bulkDelete(expired);
        await db.last_synced.bulkDelete(expired);
        deleted += expired.length;
      }
      return deleted + (await db.safety_events.where('at').below(cutoff).delete());
    },
  );
}
