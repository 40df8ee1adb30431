/**
 * The client half of sync, independent of storage and network: the web app runs it over Dexie and
 * fetch, the property tests over memory and the in-process API.
 */
import { compareHlc } from './hlc';
import {
  MAX_PUSH_CHANGES,
  type PullResponse,
  type PushResponse,
  type SyncChange,
} from './protocol';

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
  cursor(): Promise<string>;
  /**
   * Applies pulled changes and stores the new cursor in one transaction. A change replaces the
   * local record only if its timestamp is later (see `shouldReplace`).
   */
  applyPulled(changes: SyncChange[], cursor: string): Promise<void>;
}

export interface SyncTransport {
  push(clientId: string, changes: SyncChange[]): Promise<PushResponse>;
  pull(cursor: string, limit: number): Promise<PullResponse>;
}

export interface SyncResult {
  pushed: number;
  pulled: number;
  rejected: PushResponse['rejected'];
}

/** Last writer wins per record, on the hybrid logical clock (which already breaks ties by device). */
export function shouldReplace(
  local: { hlc: string } | undefined,
  incoming: { hlc: string },
): boolean {
  return local === undefined || compareHlc(incoming.hlc, local.hlc) > 0;
}

/**
 * Pushes the outbox, then pulls until caught up. Safe to call again after any failure: pushes are
 * idempotent on the server and the cursor only moves together with the pulled changes.
 */
export async function syncOnce(
  store: SyncStore,
  transport: SyncTransport,
  clientId: string,
  { pullLimit = 500 }: { pullLimit?: number } = {},
): Promise<SyncResult> {
  const result: SyncResult = { pushed: 0, pulled: 0, rejected: [] };

  for (;;) {
    const batch = await store.pendingChanges(MAX_PUSH_CHANGES);
    if (batch.length === 0) break;
    const response = await transport.push(
      clientId,
      batch.map((item) => item.change),
    );
    // A rejected change can never succeed by retrying, so it leaves the outbox too; the caller
    // gets it back to tell the person.
    await store.acknowledge(batch.map((item) => item.seq));
    result.pushed += response.applied.length + response.superseded.length;
    result.rejected.push(...response.rejected);
  }

  for (;;) {
    const page = await transport.pull(await store.cursor(), pullLimit);
    await store.applyPulled(page.changes, page.cursor);
    result.pulled += page.changes.length;
    if (!page.has_more) break;
  }
  return result;
}
