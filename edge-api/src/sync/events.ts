/**
 * Live nudges: "this account's data changed, pull from here". A push or a reset publishes after it
 * commits; each open GET /api/sync/events stream of that account hears it. Only the account and a
 * cursor travel, never content.
 */

/** A new cursor to pull up to, or null when the server is shutting down and the stream must end. */
export type SyncEventListener = (cursor: string | null) => void;

export interface SyncEvents {
  /** False where a stream cannot be held (a Worker without a Durable Object): clients poll. */
  readonly available: boolean;
  publish(userId: string, cursor: string): void;
  /** Returns the unsubscribe function. */
  subscribe(userId: string, listener: SyncEventListener): () => void;
  /** Open streams of an account, for tests. */
  listenerCount(userId: string): number;
  /** Ends every open stream, so a shutting-down server is not held open by them. */
  closeAll(): void;
}

/** One process's bus; `deliver` reaches only this process (see pg-events.ts for several). */
export function createLocalSyncEvents(): SyncEvents & {
  deliver(userId: string, cursor: string | null): void;
} {
  const listeners = new Map<string, Set<SyncEventListener>>();
  const deliver = (userId: string, cursor: string | null) => {
    for (const listener of listeners.get(userId) ?? []) listener(cursor);
  };
  return {
    available: true,
    publish: deliver,
    deliver,
    subscribe(userId, listener) {
      const set = listeners.get(userId) ?? new Set();
      set.add(listener);
      listeners.set(userId, set);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(userId);
      };
    },
    listenerCount: (userId) => listeners.get(userId)?.size ?? 0,
    closeAll: () => {
      for (const userId of [...listeners.keys()]) deliver(userId, null);
    },
  };
}

/** For runtimes that cannot hold a stream open across requests. */
export const unavailableSyncEvents: SyncEvents = {
  available: false,
  publish: () => {},
  subscribe: () => () => {},
  listenerCount: () => 0,
  closeAll: () => {},
};

/**
 * The default for createApp: an in-process bus on Node, nothing on Cloudflare Workers (each
 * isolate would only hear its own requests, so most nudges would be lost; clients poll there).
 */
export function defaultSyncEvents(): SyncEvents {
  const onWorkers =
    typeof navigator !== 'undefined' && navigator.userAgent === 'Cloudflare-Workers';
  return onWorkers ? unavailableSyncEvents : createLocalSyncEvents();
}
