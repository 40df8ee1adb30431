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

/** A change the server refused, by its outbox position, with the sentence to show. */
export interface Refusal {
  seq: number;
  code: string;
  message: string;
}

export interface SyncStore {
  /** The oldest changes not yet acknowledged by the server, in the order they were made; set-aside changes excluded. */
  pendingChanges(limit: number): Promise<OutboxItem[]>;
  /** Removes acknowledged changes from the outbox. */
  acknowledge(seqs: number[]): Promise<void>;
  /** Where the next pull starts, and the data epoch this device's copy belongs to (null: never pulled). */
  position(): Promise<{ cursor: string; epoch: number | null }>;
  /**
   * Applies pulled changes and stores the new cursor and epoch in one transaction. A change
   * replaces the local record only if its timestamp is later (see `shouldReplace`). Also used for
   * push's `current`, with the unchanged cursor.
   */
  applyPulled(changes: SyncChange[], cursor: string, epoch: number): Promise<void>;
  /**
   * Refused changes leave the push queue but stay on the device, beside their record, with the
   * sentence, until the person fixes (a new edit of that record replaces it) or discards them.
   */
  setAside(refusals: Refusal[]): Promise<void>;
  /**
   * "Delete all my data" happened elsewhere: drop every local record and outbox change stamped
   * before resetHlc (all of them when null), keep later ones, adopt the epoch, cursor back to '0'.
   * The clock follows resetHlc, so later local edits sort after the reset point.
   */
  resetBefore(resetHlc: string | null, epoch: number): Promise<void>;
  /**
   * The server's clock (ms) as just reported: from now on the device stamps with its own clock
   * corrected by the measured offset, and a last HLC more than MAX_CLOCK_AHEAD_MS ahead of the
   * corrected clock is no longer followed.
   */
  adoptServerTime(serverTimeMs: number): Promise<void>;
  /** Fresh HLCs (from the corrected clock) for these outbox changes and their local records. */
  restamp(seqs: number[]): Promise<void>;
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
  /** Changes the server stored. */
  pushed: number;
  /** Changes that lost to a later version already on the server (which this device adopted). */
  superseded: number;
  pulled: number;
  /** Changes set aside in this run, with the sentence to show beside them. */
  rejected: PushResponse['rejected'];
  /** True when this run dropped local data because it was deleted on another device. */
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
  const result: SyncResult = { pushed: 0, superseded: 0, pulled: 0, rejected: [], reset: false };
  let epoch = await pullAll(store, transport, pullLimit, result);
  const restamped = new Set<number>();
  let resetsSeen = 0;

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
      // The data was deleted on another device since our pull: catch up (which drops what the
      // reset removed) and push the rest under the new epoch. A second one in a run is a bug.
      if (!(error instanceof DataResetError) || resetsSeen++ > 0) throw error;
      epoch = await pullAll(store, transport, pullLimit, result);
      continue;
    }
    await store.adoptServerTime(response.server_time);
    const outcome = sortOutcomes(batch, response, restamped);
    await store.acknowledge(outcome.done);
    if (response.current.length > 0) {
      const { cursor } = await store.position();
      await store.applyPulled(response.current, cursor, epoch);
    }
    if (outcome.restamp.length > 0) await store.restamp(outcome.restamp);
    for (const seq of outcome.restamp) restamped.add(seq);
    if (outcome.refused.length > 0) await store.setAside(outcome.refused);
    result.pushed += response.applied.length;
    result.superseded += response.superseded.length;
    result.rejected.push(...outcome.rejected);
  }
  return result;
}

/**
 * What to do with each change of a pushed batch. Outcomes come by record id: when one batch holds
 * several edits of a record and one of them was stored, the record is up to date and all leave.
 */
function sortOutcomes(batch: OutboxItem[], response: PushResponse, restamped: Set<number>) {
  const accepted = new Set([...response.applied, ...response.superseded]);
  const refusals = new Map(response.rejected.map((refusal) => [refusal.id, refusal]));
  const done: number[] = [];
  const restamp: number[] = [];
  const refused: Refusal[] = [];
  const rejected: PushResponse['rejected'] = [];
  for (const { seq, change } of batch) {
    const refusal = refusals.get(change.id);
    if (accepted.has(change.id)) done.push(seq);
    else if (!refusal) throw new Error(`The server did not answer for change ${change.id}`);
    else if (refusal.code === 'clock_ahead' && !restamped.has(seq)) restamp.push(seq);
    else {
      refused.push({ seq, code: refusal.code, message: refusal.message });
      rejected.push(refusal);
    }
  }
  return { done, restamp, refused, rejected };
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
    // Before applying the page, so the clock judges remote timestamps against corrected time.
    await store.adoptServerTime(page.server_time);
    if (epoch !== null && page.epoch !== epoch) {
      await store.resetBefore(page.reset_hlc, page.epoch);
      result.reset = true;
      continue;
    }
    await store.applyPulled(page.changes, page.cursor, page.epoch);
    result.pulled += page.changes.length;
    if (!page.has_more) return page.epoch;
  }
}
