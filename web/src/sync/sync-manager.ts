/**
 * Decides when to run the core `syncOnce` and reports how it went. One run at a time (per
 * device, via a Web Lock); triggers that arrive during a run fold into one follow-up run.
 */
import { liveQuery, type Subscription } from 'dexie';
import { syncOnce, type SyncResult, type SyncTransport } from '../../../core/sync/engine';
import type { DexieSyncStore } from '../store/dexie-sync-store';
import { deviceClientId } from '../store/meta';
import { SignedOutError } from './authorized-fetch';
import { backoffDelay } from './backoff';
import { describeSyncError } from './error-sentences';
import { LiveChanges, type OpenEventStream } from './live-changes';
import { withLock } from './locks';
import { syncNotice } from './sync-notice';
import { SyncSnapshotStore, type SyncSnapshot } from './sync-status';

const WRITE_DEBOUNCE_MS = 1_000;
const PERIOD_MS = 60_000;

export class SyncManager {
  private readonly state = new SyncSnapshotStore();
  private readonly cleanups: (() => void)[] = [];
  private running = false;
  private rerun = false;
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retrying = false;
  private disposed = false;
  /** Callers of `syncAndWait`, resolved when the next run that starts after them ends. */
  private waiters: (() => void)[] = [];
  private readonly random: () => number;
  private readonly live: LiveChanges | null;

  constructor(
    private readonly store: DexieSyncStore,
    private readonly transport: SyncTransport,
    options: { random?: () => number; openEvents?: OpenEventStream } = {},
  ) {
    this.random = options.random ?? Math.random;
    this.live = options.openEvents
      ? new LiveChanges(options.openEvents, () => this.syncNow(), this.random)
      : null;
  }

  /**
   * Begins syncing for the signed-in person: now, on writes, on reconnect, when another device
   * changed something (while the page is visible), and every minute.
   */
  start(): void {
    // React's StrictMode starts, disposes and restarts the same instance in development.
    this.disposed = false;
    this.listen(window, 'online', () => {
      this.live?.connect();
      this.syncNow();
    });
    this.listen(window, 'offline', () => {
      this.live?.disconnect();
      this.update({ status: { state: 'offline' } });
    });
    this.listen(document, 'visibilitychange', () => {
      if (document.visibilityState !== 'visible') return this.live?.disconnect();
      this.live?.connect();
      this.syncNow();
    });
    this.live?.connect();
    this.cleanups.push(() => this.live?.disconnect());
    const interval = setInterval(() => {
      if (!this.retrying) this.syncNow();
    }, PERIOD_MS);
    this.cleanups.push(() => clearInterval(interval));
    this.watchOutbox();
    this.syncNow();
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    for (const resolve of this.waiters.splice(0)) resolve();
  }

  subscribe = this.state.subscribe;
  getSnapshot = this.state.getSnapshot;

  dismissNotice(): void {
    this.update({ notice: null });
  }

  /** Runs a sync as soon as possible, cancelling any wait (a reconnect beats the backoff). */
  syncNow(): void {
    this.schedule(0);
  }

  /** Syncs now and resolves when that run ends (or could not start), or after `timeoutMs`. */
  async syncAndWait(timeoutMs: number): Promise<void> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ended = new Promise<void>((resolve) => this.waiters.push(resolve));
    this.syncNow();
    await Promise.race([ended, new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
    clearTimeout(timer);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.retrying = false;
    this.timer = setTimeout(() => void this.run(), delayMs);
  }

  private async run(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return;
    }
    const waiting = this.waiters.splice(0);
    if (this.disposed || !navigator.onLine) {
      if (!this.disposed) this.update({ status: { state: 'offline' } });
      for (const resolve of waiting) resolve();
      return;
    }
    this.running = true;
    this.update({ status: { state: 'syncing' } });
    try {
      const result = await withLock('rivion-sync', () => this.syncOnce());
      this.failures = 0;
      const notice = syncNotice(result);
      this.update({ status: { state: 'synced', at: new Date() }, ...(notice && { notice }) });
    } catch (error) {
      this.fail(error);
    } finally {
      this.running = false;
      for (const resolve of waiting) resolve();
      if (this.rerun && !this.retrying) this.syncNow();
      this.rerun = false;
    }
  }

  private async syncOnce(): Promise<SyncResult> {
    return syncOnce(this.store, this.transport, await deviceClientId(this.store.db));
  }

  private fail(error: unknown): void {
    if (this.disposed || error instanceof SignedOutError) return;
    if (!navigator.onLine) {
      // The `online` event brings the next attempt; retrying before that cannot succeed.
      this.update({ status: { state: 'offline' } });
      return;
    }
    this.failures += 1;
    this.update({ status: { state: 'error', message: describeSyncError(error) } });
    this.schedule(backoffDelay(this.failures, this.random));
    this.retrying = true;
  }

  /** Pending count for the UI; a count that grows means a local write, which deserves a sync. */
  private watchOutbox(): void {
    let previous: number | undefined;
    const subscription: Subscription = liveQuery(() => this.store.db.outbox.count()).subscribe({
      next: (pending) => {
        if (previous !== undefined && pending > previous && !this.retrying) {
          this.schedule(WRITE_DEBOUNCE_MS);
        }
        previous = pending;
        this.update({ pending });
      },
      error: (error: unknown) => console.error('Watching the outbox failed', error),
    });
    this.cleanups.push(() => subscription.unsubscribe());
  }

  private listen(target: EventTarget, type: string, handler: () => void): void {
    target.addEventListener(type, handler);
    this.cleanups.push(() => target.removeEventListener(type, handler));
  }

  private update(change: Partial<SyncSnapshot>): void {
    if (!this.disposed) this.state.update(change);
  }
}
