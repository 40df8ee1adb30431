// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SyncTransport } from '../../../core/sync/engine';
import type { PullResponse, SyncChange } from '../../../core/sync/protocol';
import { RivionDb } from '../store/db';
import { DexieSyncStore } from '../store/dexie-sync-store';
import { NetworkError } from './network';
import { SyncManager } from './sync-manager';
import type { SyncSnapshot } from './sync-status';

/** A server in memory that counts how many syncs overlap. */
function fakeServer(epoch = 1) {
  const stored: SyncChange[] = [];
  let active = 0;
  const server = {
    stored,
    epoch,
    maxOverlap: 0,
    failNext: null as Error | null,
    transport: {
      async pull(cursor: string): Promise<PullResponse> {
        active += 1;
        server.maxOverlap = Math.max(server.maxOverlap, active);
        await new Promise((resolve) => setTimeout(resolve, 20));
        active -= 1;
        const failure = server.failNext;
        server.failNext = null;
        if (failure) throw failure;
        const changes = stored.slice(Number(cursor));
        return {
          changes,
          cursor: String(stored.length),
          has_more: false,
          epoch: server.epoch,
          server_time: Date.now(),
          reset_hlc: null,
        };
      },
      async push(_client: string, _epoch: number, changes: SyncChange[]) {
        stored.push(...changes);
        return {
          applied: changes.map((change) => change.id),
          superseded: [],
          current: [],
          rejected: [],
          server_time: Date.now(),
        };
      },
    } satisfies SyncTransport,
  };
  return server;
}

const entry = { mood: 5, text: 'ok', tags: [], occurred_at: '2026-01-01T00:00:00.000Z' };
let db: RivionDb;
let store: DexieSyncStore;
let manager: SyncManager | undefined;

beforeEach(() => {
  db = new RivionDb(`manager-${crypto.randomUUID()}`);
  store = new DexieSyncStore(db);
});

afterEach(async () => {
  manager?.dispose();
  await db.delete();
});

async function until(manager: SyncManager, done: (snapshot: SyncSnapshot) => boolean) {
  await vi.waitFor(() => expect(done(manager.getSnapshot())).toBe(true), { timeout: 5_000 });
}

describe('SyncManager', () => {
  it('pushes local writes after a pause and never runs two syncs at once', async () => {
    const server = fakeServer();
    manager = new SyncManager(store, server.transport);
    manager.start();
    await until(manager, (s) => s.status.state === 'synced');

    for (const n of [1, 2, 3]) {
      await store.writeLocal('journal_entries', `00000000-0000-4000-8000-00000000000${n}`, entry);
      manager.syncNow();
    }

    await until(manager, (s) => s.status.state === 'synced' && s.pending === 0);
    expect(server.stored).toHaveLength(3);
    expect(server.maxOverlap).toBe(1);
  });

  it('reports a failure as a sentence and retries after a backoff', async () => {
    const server = fakeServer();
    server.failNext = new NetworkError(new TypeError('Failed to fetch'));
    manager = new SyncManager(store, server.transport, { random: () => 0 });
    manager.start();

    await until(manager, (s) => s.status.state === 'error');
    const status = manager.getSnapshot().status;
    expect(status.state === 'error' && status.message).toMatch(/can't reach rivion/i);
    await until(manager, (s) => s.status.state === 'synced');
  });

  it('tells the person when their data was deleted on another device', async () => {
    const server = fakeServer(1);
    manager = new SyncManager(store, server.transport);
    manager.start();
    await until(manager, (s) => s.status.state === 'synced');

    server.epoch = 2;
    manager.syncNow();

    await until(manager, (s) => s.notice !== null);
    expect(manager.getSnapshot().notice).toMatch(/deleted from another device/);
  });
});
