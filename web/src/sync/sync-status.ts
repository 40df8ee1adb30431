/** What the UI may know about sync, held as an immutable snapshot for useSyncExternalStore. */

export type SyncStatus =
  | { state: 'offline' }
  | { state: 'syncing' }
  | { state: 'synced'; at: Date }
  | { state: 'error'; message: string };

export interface SyncSnapshot {
  status: SyncStatus;
  /** Local changes the server has not acknowledged yet. */
  pending: number;
  /** Something the person should know about the last run (rejections, a reset). */
  notice: string | null;
}

export class SyncSnapshotStore {
  private snapshot: SyncSnapshot = { status: { state: 'syncing' }, pending: 0, notice: null };
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SyncSnapshot => this.snapshot;

  update(change: Partial<SyncSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }
}
