/** A SyncStore held in memory: the reference the Dexie store is checked against, and a test double. */
import { compareHlc, HybridLogicalClock } from './hlc';
import { shouldReplace, type OutboxItem, type Refusal, type SyncStore } from './engine';
import type { SyncChange, SyncDataByTable, SyncTable } from './protocol';

/** A refused change kept beside its record until the person edits the record again or discards it. */
export interface SetAsideChange {
  item: OutboxItem;
  code: string;
  message: string;
}

export class MemorySyncStore implements SyncStore {
  readonly records = new Map<string, SyncChange>();
  private outbox: OutboxItem[] = [];
  readonly setAsideChanges: SetAsideChange[] = [];
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

  /** A local edit: the record and its outbox entry change together; it replaces a set-aside one. */
  write<T extends SyncTable>(table: T, id: string, data: SyncDataByTable[T] | null): SyncChange {
    const hlc = this.clock.tick();
    const change = (
      data === null
        ? { table, id, hlc, deleted: true, data: null }
        : { table, id, hlc, deleted: false, data }
    ) as SyncChange;
    this.records.set(id, change);
    this.outbox.push({ seq: this.nextSeq++, change });
    this.discardSetAside(id);
    return change;
  }

  /** The person discards the refused changes of a record. */
  discardSetAside(id: string): void {
    const kept = this.setAsideChanges.filter((entry) => entry.item.change.id !== id);
    this.setAsideChanges.splice(0, this.setAsideChanges.length, ...kept);
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

  async setAside(refusals: Refusal[]): Promise<void> {
    const bySeq = new Map(refusals.map((refusal) => [refusal.seq, refusal]));
    for (const item of this.outbox) {
      const refusal = bySeq.get(item.seq);
      if (refusal)
        this.setAsideChanges.push({ item, code: refusal.code, message: refusal.message });
    }
    this.outbox = this.outbox.filter((item) => !bySeq.has(item.seq));
  }

  async resetBefore(resetHlc: string | null, epoch: number): Promise<void> {
    const survives = (change: SyncChange) =>
      resetHlc !== null && compareHlc(change.hlc, resetHlc) > 0;
    for (const [id, change] of this.records) if (!survives(change)) this.records.delete(id);
    this.outbox = this.outbox.filter((item) => survives(item.change));
    const kept = this.setAsideChanges.filter((entry) => survives(entry.item.change));
    this.setAsideChanges.splice(0, this.setAsideChanges.length, ...kept);
    // The reset is an event this device has now seen: later local edits must sort after it even
    // if the device clock lags, or the server would refuse them as made before the reset.
    if (resetHlc !== null) this.clock.receive(resetHlc);
    this.savedCursor = '0';
    this.savedEpoch = epoch;
  }

  async adoptServerTime(serverTimeMs: number): Promise<void> {
    this.clock.adoptServerTime(serverTimeMs);
  }

  async restamp(seqs: number[]): Promise<void> {
    const wanted = new Set(seqs);
    for (const item of this.outbox) {
      if (!wanted.has(item.seq)) continue;
      const before = item.change;
      item.change = { ...before, hlc: this.clock.tick() };
      // The local record shows this change unless a later local edit replaced it.
      if (this.records.get(before.id)?.hlc === before.hlc) this.records.set(before.id, item.change);
    }
  }

  get pendingCount(): number {
    return this.outbox.length;
  }
}
