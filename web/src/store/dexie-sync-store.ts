/** The sync engine's storage on this device: Dexie, with every step one transaction. */
import {
  shouldReplace,
  type OutboxItem,
  type Refusal,
  type SyncStore,
} from '../../../core/sync/engine';
import { compareHlc, HybridLogicalClock } from '../../../core/sync/hlc';
import { SYNC_TABLES, type SyncTable } from '../../../core/sync/constants';
import type { SyncChange, SyncDataByTable } from '../../../core/sync/protocol';
import type { RivionDb } from './db';
import { deviceClientId, readMeta, writeMeta } from './meta';
import {
  beforeLocalWrite,
  forgetIfSettled,
  hasUnsyncedChange,
  rememberServerVersion,
} from './unsynced';
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
    return db.transaction('rw', [db.syncTable(table), ...this.changeTables()], async () => {
      const hlc = (await this.restoreClock()).tick();
      const change = (
        data === null
          ? { table, id, hlc, deleted: true, data: null }
          : { table, id, hlc, deleted: false, data }
      ) as SyncChange;
      await beforeLocalWrite(db, table, id);
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
    const { db } = this;
    await db.transaction('rw', this.changeTables(), async () => {
      const items = (await db.outbox.bulkGet(seqs)).filter((item) => item !== undefined);
      await db.outbox.bulkDelete(seqs);
      for (const { change } of items) {
        await rememberServerVersion(db, change);
        await forgetIfSettled(db, change.id);
      }
    });
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
    await db.transaction('rw', [...this.recordTables(), ...this.changeTables()], async () => {
      const clock = await this.restoreClock();
      for (const change of changes) {
        clock.receive(change.hlc);
        const table = db.syncTable(change.table);
        if (shouldReplace(await table.get(change.id), change)) await table.put(change);
        await rememberServerVersion(db, change);
      }
      // The clock keeps its state private; one tick is a timestamp after everything received,
      // which is all the next local write needs to know.
      if (changes.length > 0) await writeMeta(db, 'clock', clock.tick());
      await writeMeta(db, 'cursor', cursor);
      await writeMeta(db, 'epoch', epoch);
    });
  }

  async setAside(refusals: Refusal[]): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [...this.recordTables(), ...this.changeTables()], async () => {
      for (const { seq, code, message } of refusals) {
        const item = await db.outbox.get(seq);
        if (!item) continue;
        await db.outbox.delete(seq);
        const { change } = item;
        const row = await db.syncTable(change.table).get(change.id);
        // A later edit of the record (or a newer version from elsewhere) already replaced it.
        if (row?.hlc === change.hlc)
          await db.refused.put({ id: change.id, seq, change, code, message });
        else await forgetIfSettled(db, change.id);
      }
    });
  }

  /**
   * "Discard" beside a refused change: the record goes back to the last version the server
   * holds, or away if it never reached the server. Sync afterwards.
   */
  async discardLocalChanges(id: string): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [...this.recordTables(), ...this.changeTables()], async () => {
      const known = await db.last_synced.get(id);
      const refused = await db.refused.get(id);
      const table = known?.table ?? refused?.change.table;
      await db.refused.delete(id);
      await db.outbox.where('change.id').equals(id).delete();
      await db.last_synced.delete(id);
      if (!table) return;
      if (known?.change) await db.syncTable(table).put(known.change);
      else await db.syncTable(table).delete(id);
      // A change from before this device kept the synced version (schema v1): pull everything
      // again, which brings back whatever the server holds of the record.
      if (!known) await writeMeta(db, 'cursor', '0');
    });
  }

  async resetBefore(resetHlc: string | null, epoch: number): Promise<void> {
    const { db } = this;
    // Only what was stamped after the reset survives it (the reset's own stamp is the server's).
    const before = (hlc: string) => resetHlc === null || compareHlc(hlc, resetHlc) <= 0;
    await db.transaction('rw', [...this.recordTables(), ...this.changeTables()], async () => {
      for (const table of this.recordTables()) {
        await table.filter((row) => before(row.hlc)).delete();
      }
      await db.outbox.filter((item) => before(item.change.hlc)).delete();
      await db.refused.filter((refused) => before(refused.change.hlc)).delete();
      for (const known of await db.last_synced.toArray()) {
        // What the server held before the reset is gone from it too.
        if (known.change && before(known.change.hlc)) {
          await db.last_synced.put({ ...known, change: null });
        }
        if (!(await hasUnsyncedChange(db, known.id))) await db.last_synced.delete(known.id);
      }
      await writeMeta(db, 'cursor', '0');
      await writeMeta(db, 'epoch', epoch);
    });
  }

  async adoptServerTime(serverTimeMs: number): Promise<void> {
    // A server from before the clock check sends no time; keep the device clock then.
    if (!Number.isFinite(serverTimeMs)) return;
    const { db } = this;
    await db.transaction('rw', db.meta, async () => {
      const clock = await this.restoreClock();
      clock.adoptServerTime(serverTimeMs);
      await writeMeta(db, 'clock_offset', clock.offsetMs);
    });
  }

  async restamp(seqs: number[]): Promise<void> {
    const { db } = this;
    await db.transaction('rw', [...this.recordTables(), ...this.changeTables()], async () => {
      const clock = await this.restoreClock();
      let last: string | undefined;
      for (const seq of [...seqs].sort((a, b) => a - b)) {
        const item = await db.outbox.get(seq);
        if (!item) continue;
        const hlc = clock.tick();
        const table = db.syncTable(item.change.table);
        const row = await table.get(item.change.id);
        if (row?.hlc === item.change.hlc) await table.put({ ...row, hlc });
        await db.outbox.put({ seq, change: { ...item.change, hlc } });
        last = hlc;
      }
      if (last) await writeMeta(db, 'clock', last);
    });
  }

  /** "Delete all my data" on this device: every record and change goes, the device id stays. */
  async reset(): Promise<void> {
    await wipeLocalData(this.db, ['cursor', 'epoch']);
  }

  private recordTables() {
    return SYNC_TABLES.map((table) => this.db.syncTable(table));
  }

  private changeTables() {
    const { db } = this;
    return [db.outbox, db.refused, db.last_synced, db.meta];
  }

  /**
   * The clock lives in `meta`, not in memory, so every tab ticks the same clock. Once the server's
   * time is known it runs on this device's time corrected by it, and no longer follows a last
   * timestamp further ahead than the server accepts (it was made by a clock that ran ahead).
   * It must be called inside a transaction that includes `meta`.
   */
  private async restoreClock(): Promise<HybridLogicalClock> {
    const { db } = this;
    const node = await deviceClientId(db);
    const offset = await readMeta(db, 'clock_offset');
    const clock = new HybridLogicalClock(node, this.now, await readMeta(db, 'clock'), offset);
    if (offset !== undefined) clock.adoptServerTime(this.now() + offset);
    return clock;
  }
}
