/** The sync engine's storage on this device: Dexie, with every step one transaction. */
import { shouldReplace, type OutboxItem, type SyncStore } from '../../../core/sync/engine';
import { HybridLogicalClock } from '../../../core/sync/hlc';
import { SYNC_TABLES, type SyncTable } from '../../../core/sync/constants';
import type { SyncChange, SyncDataByTable } from '../../../core/sync/protocol';
import type { RivionDb } from './db';
import { deviceClientId, readMeta, writeMeta } from './meta';
import { wipeLocalData } from './wipe';

export class DexieSyncStore implements SyncStore {
  constructor(
    readonly db: RivionDb,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * A local edit (`data: null` deletes): the record, its outbox entry and the clock move together
   * or not at all, so a crash can never leave an edit that will not sync.
   */
  async writeLocal<T extends SyncTable>(
    table: T,
    id: string,
    data: SyncDataByTable[T] | null,
  ): Promise<SyncChange> {
    const { db } = this;
    return db.transaction('rw', [db.syncTable(table), db.outbox, db.meta], async () => {
      const hlc = (await this.restoreClock()).tick();
      const change = (
        data === null
          ? { table, id, hlc, deleted: true, data: null }
          : { table, id, hlc, deleted: false, data }
      ) as SyncChange;
      await db.syncTable(table).put(change);
      await db.outbox.add({ change });
      await writeMeta(db, 'clock', hlc);
      return change;
    });
  }

  async pendingChanges(limit: number): Promise<OutboxItem[]> {
    return this.db.outbox.orderBy('seq').limit(limit).toArray();
  }

  async acknowledge(seqs: number[]): Promise<void> {
    await this.db.outbox.bulkDelete(seqs);
  }

  async position(): Promise<{ cursor: string; epoch: number | null }> {
    const { db } = this;
    return db.transaction('r', db.meta, async () => ({
      cursor: (await readMeta(db, 'cursor')) ?? '0',
      epoch: (await readMeta(db, 'epoch')) ?? null,
    }));
  }

  async applyPulled(changes: SyncChange[], cursor: string, epoch: number): Promise<void> {
    const { db } = this;
    const tables = SYNC_TABLES.map((table) => db.syncTable(table));
    await db.transaction('rw', [...tables, db.meta], async () => {
      const clock = await this.restoreClock();
      for (const change of changes) {
        clock.receive(change.hlc);
        const table = db.syncTable(change.table);
        if (shouldReplace(await table.get(change.id), change)) await table.put(change);
      }
      // The clock keeps its state private; one tick is a timestamp after everything received,
      // which is all the next local write needs to know.
      if (changes.length > 0) await writeMeta(db, 'clock', clock.tick());
      await writeMeta(db, 'cursor', cursor);
      await writeMeta(db, 'epoch', epoch);
    });
  }

  async reset(): Promise<void> {
    await wipeLocalData(this.db, ['cursor', 'epoch']);
  }

  /**
   * The clock lives in `meta`, not in memory, so every tab ticks the same clock. It must be
   * called inside a transaction that includes `meta`.
   */
  private async restoreClock(): Promise<HybridLogicalClock> {
    const node = await deviceClientId(this.db);
    const last = await readMeta(this.db, 'clock');
    return new HybridLogicalClock(node, this.now, last);
  }
}
