/**
 * The client half of sync, independent of storage and network: the web app runs it over Dexie and
 * fetch, the property tests over memory and the in-process API.
 */
import { compareHlc } from './hlc';
import { MAX_PUSH_CHANGES } from './constants';
import type { PullResponse, PushResponse, SyncChange } from './protocol';

export interface OutboxItem {
  /** Local, increasing position in the outbox. */
  seq: number;
  change: SyncChange;
}

export interface SyncStore {
  /** The oldest changes not yet acknowledged by the server, in the order they were made. */
  pendingChanges(limit: number): Promise<OutboxItem[]>;
  /** Removes acknowledged changes from the outbox. */
  acknowledge(seqs: number[]): Promise<void>;
  /** Where the next pull starts, and the data epoch this device's copy belongs to (null: never pulled). */
  position(): Promise<{ cursor: string; epoch: number | null }>;
  /**
   * Applies pulled changes and stores the new cursor and epoch in one transaction. A change
   * replaces the local record only if its timestamp is later (see `shouldReplace`).
   */
  applyPulled(changes: SyncChange[], cursor: string, epoch: number): Promise<void>;
  /** The person deleted all their data elsewhere: drop every local record and the outbox. */
  reset(): Promise<void>;
}

export interface SyncTransport {
  /** Rejects with `DataResetError` when the server's epoch is newer than `epoch`. */
  push(clientId: string, epoch: number, changes: SyncChange[]): Promise<PushResponse>;
  pull(cursor: string, limit: number): Promise<PullResponse>;
}

/** The server answered 409 data_reset: this device's copy predates a "delete all my data". */
export class DataResetError extends Error {
  constructor() {
    super('All data of this account was deleted on another device');
    this.name = 'DataResetError';
  }
}

export interface SyncResult {
  pushed: number;
  pulled: number;
  rejected: PushResponse['rejected'];
  /** True when this run dropped the local copy because the data was deleted elsewhere. */
  reset: boolean;
}

/** Last writer wins per record, on the hybrid logical clock (which already breaks ties by device). */
export function shouldReplace(
  local: { hlc: string } | undefined,
  incoming: { hlc: string },
): boolean {
  return local === undefined || compareHlc(incoming.hlc, local.hlc) > 0;
}

/**
 * Pulls until caught up, then pushes the outbox. Safe to call again after any failure: pushes are
 * idempotent on the server and the cursor only moves together with the pulled changes.
 */
export async function syncOnce(
  store: SyncStore,
  transport: SyncTransport,
  clientId: string,
  { pullLimit = 500 }: { pullLimit?: number } = {},
): Promise<SyncResult> {
  const result: SyncResult = { pushed: 0, pulled: 0, rejected: [], reset: false };
  const epoch = await pullAll(store, transport, pullLimit, result);

  for (;;) {
    const batch = await store.pendingChanges(MAX_PUSH_CHANGES);
    if (batch.length === 0) break;
    let response: PushResponse;
    try {
      response = await transport.push(
        clientId,
        epoch,
        batch.map((item) => item.change),
      );
    } catch (error) {
      if (!(error instanceof DataResetError) || result.reset) throw error;
      await store.reset();
      result.reset = true;
      await pullAll(store, transport, pullLimit, result);
      continue;
    }
    // A rejected change can never succeed by retrying, so it leaves the outbox too; the caller
    // gets it back to tell the person.
    await store.acknowledge(batch.map((item) => item.seq));
    result.pushed += response.applied.length + response.superseded.length;
    result.rejected.push(...response.rejected);
  }
  return result;
}

async function pullAll(
  store: SyncStore,
  transport: SyncTransport,
  pullLimit: number,
  result: SyncResult,
): Promise<number> {
  for (;;) {
    const { cursor, epoch } = await store.position();
    const page = await transport.pull(cursor, pullLimit);
    if (epoch !== null && page.epoch !== epoch && !result.reset) {
      await store.reset();
      result.reset = true;
      continue;
    }
    await store.applyPulled(page.changes, page.cursor, page.epoch);
    result.pulled += page.changes.length;
    if (!page.has_more) return page.epoch;
  }
}
