import { SYNC_TABLES } from '../../../core/sync/constants';
import type { RivionDb } from './db';
import type { MetaKey } from './meta-values';

/**
 * Drops every synced record, every local change, the device-only safety events and the given meta
 * keys, all or nothing.
 */
export async function wipeLocalData(db: RivionDb, metaKeys: readonly MetaKey[]): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all([
      ...SYNC_TABLES.map((table) => db.syncTable(table).clear()),
      db.outbox.clear(),
      db.refused.clear(),
      db.last_synced.clear(),
      db.safety_events.clear(),
      db.meta.bulkDelete([...metaKeys]),
    ]);
  });
}
