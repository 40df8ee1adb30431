/** A SyncStore held in memory: the reference the Dexie store is checked against, and a test double. */
import { HybridLogicalClock } from './hlc';
import { shouldReplace, type OutboxItem, type SyncStore } from './engine';
import type { SyncChange, SyncDataByTable, SyncTable } from './protocol';

export class MemorySyncStore implements SyncStore {
  readonly records = new Map<string, SyncChange>();
  private outbox: OutboxItem[] = [];
  private nextSeq = 1;
  private savedCursor = '0';
  private savedEpoch: number | null = null;
  readonly clock: HybridLogicalClock;

  constructor(
    readonly clientId: string,
    now: () => number = Date.now,
  ) {
    this.clock = new HybridLogicalClock(clientId, now);
  }

  /** A local edit: the record and its outbox entry change together. */
  write<T extends SyncTable>(table: T, id: string, data: SyncDataByTable[T] | null): SyncChange {
    const hlc = this.clock.tick();
    const change = (
      data === null
        ? { table, id, hlc, deleted: true, data: null }
        : { table, id, hlc, deleted: false, data }
    ) as SyncChange;
    this.records.set(id, change);
    this.outbox.push({ seq: this.nextSeq++, change });
    return change;
  }

  async pendingChanges(limit: number): Promise<OutboxItem[]> {
    return this.outbox.slice(0, limit);
  }

  async acknowledge(seqs: number[]): Promise<void> {
    const done = new Set(seqs);
    this.outbox = this.outbox.filter((item) => !done.has(item.seq));
  }

  async position(): Promise<{ cursor: string; epoch: number | null }> {
    return { cursor: this.savedCursor, epoch: this.savedEpoch };
  }

  async applyPulled(changes: SyncChange[], cursor: string, epoch: number): Promise<void> {
    for (const change of changes) {
      this.clock.receive(change.hlc);
      if (shouldReplace(this.records.get(change.id), change)) this.records.set(change.id, change);
    }
    this.savedCursor = cursor;
    this.savedEpoch = epoch;
  }

  async reset(): Promise<void> {
    this.records.clear();
    this.outbox = [];
    this.savedCursor = '0';
    this.savedEpoch = null;
  }

  get pendingCount(): number {
    return this.outbox.length;
  }
}
