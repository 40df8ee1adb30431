/**
 * Bookkeeping of the local changes a record has not synced yet: what the server last held of it
 * (for "Discard") and whether any change of it is still pending or refused. The helpers join the
 * caller's transaction, which must include the tables they touch.
 */
import { shouldReplace } from '../../../core/sync/engine';
import type { SyncTable } from '../../../core/sync/constants';
import type { SyncChange } from '../../../core/sync/protocol';
import type { RivionDb } from './db';

export async function hasUnsyncedChange(db: RivionDb, id: string): Promise<boolean> {
  if ((await db.refused.get(id)) !== undefined) return true;
  return (await db.outbox.where('change.id').equals(id).count()) > 0;
}

/**
 * Before a local write: when nothing of this record is pending, its current row is what the
 * server holds (or nothing, for a new record). A new edit also replaces a refused change.
 */
export async function beforeLocalWrite(db: RivionDb, table: SyncTable, id: string): Promise<void> {
  if (!(await hasUnsyncedChange(db, id))) {
    const current = await db.syncTable(table).get(id);
    await db.last_synced.put({ id, table, change: current ?? null });
  }
  await db.refused.delete(id);
}

/** A version of the record the server holds arrived (pulled, or acknowledged). */
export async function rememberServerVersion(db: RivionDb, change: SyncChange): Promise<void> {
  const known = await db.last_synced.get(change.id);
  if (known && shouldReplace(known.change ?? undefined, change)) {
    await db.last_synced.put({ ...known, change });
  }
}

/** Once nothing of the record is pending or refused, there is nothing to go back to. */
export async function forgetIfSettled(db: RivionDb, id: string): Promise<void> {
  if (!(await hasUnsyncedChange(db, id))) await db.last_synced.delete(id);
}

/** Records with unsynced changes, per table: what signing out with "remove" would lose. */
export async function unsyncedRecordCounts(
  db: RivionDb,
): Promise<Partial<Record<SyncTable, number>>> {
  return db.transaction('r', [db.outbox, db.refused], async () => {
    const changes = [
      ...(await db.outbox.toArray()).map((item) => item.change),
      ...(await db.refused.toArray()).map((refused) => refused.change),
    ];
    const ids = new Map<string, SyncTable>(changes.map((change) => [change.id, change.table]));
    const counts: Partial<Record<SyncTable, number>> = {};
    for (const table of ids.values()) counts[table] = (counts[table] ?? 0) + 1;
    return counts;
  });
}
