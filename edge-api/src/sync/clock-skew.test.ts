/**
 * The failures people saw with two real devices, each as a script over the real API: a device
 * whose clock is far off, an offline edit made earlier in real time, and writes made offline after
 * "delete all my data" on another device.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { syncOnce } from '../../../core/sync/engine';
import { MemorySyncStore } from '../../../core/sync/memory-store';
import type { JournalEntryData } from '../../../core/sync/protocol';
import { createTestBackend, registerUser, type TestBackend } from '../testing/harness';
import { apiTransport, deleteAllMyData } from './testing/api-transport';

const HOUR = 3_600_000;
const MINUTE = 60_000;

function entry(text: string): JournalEntryData {
  return { mood: 5, text, tags: [], occurred_at: '2026-11-26T09:00:00.000Z' };
}

describe('sync with wrong device clocks', () => {
  let backend: TestBackend;
  let realNow = 0;
  // Each test starts at the real time (access tokens are checked against it) and moves minutes on.
  beforeEach(() => {
    realNow = Date.now();
  });

  beforeAll(async () => {
    backend = await createTestBackend('pglite', { now: () => new Date(realNow) });
  });
  afterAll(() => backend?.close());

  /** Two devices of a new account; `skew` is how far each device's clock is off. */
  async function twoDevices(skewA: number, skewB = 0) {
    const { token } = await registerUser(backend.app);
    const link = apiTransport(() => backend.app, token);
    const make = (skew: number) =>
      new MemorySyncStore(`device-${randomUUID().slice(0, 8)}`, () => realNow + skew);
    const [a, b] = [make(skewA), make(skewB)];
    const sync = (store: MemorySyncStore) => syncOnce(store, link, store.clientId);
    return { a, b, sync, token };
  }

  it.each([
    ['25 h ahead', 25 * HOUR],
    ['25 h behind', -25 * HOUR],
  ])('lets the other device edit and delete when one clock is %s', async (_, skew) => {
    const { a, b, sync } = await twoDevices(skew);
    const id = randomUUID();
    a.write('journal_entries', id, entry('first, from the skewed device'));
    await sync(a);
    await sync(b);
    realNow += MINUTE;
    b.write('journal_entries', id, entry('later edit'));
    await sync(b);
    await sync(a);
    expect(a.records.get(id)?.data).toEqual(entry('later edit'));

    realNow += MINUTE;
    a.write('journal_entries', id, entry('even later, from the skewed device'));
    await sync(a);
    await sync(b);
    expect(b.records.get(id)?.data).toEqual(entry('even later, from the skewed device'));

    realNow += MINUTE;
    b.write('journal_entries', id, null);
    await sync(b);
    await sync(a);
    for (const store of [a, b]) {
      expect(store.records.get(id)?.deleted).toBe(true);
      expect(store.pendingCount).toBe(0);
    }
  });

  it('lets a later edit win over an offline one made earlier on a clock 10 minutes ahead', async () => {
    const { a, b, sync } = await twoDevices(10 * MINUTE);
    const id = randomUUID();
    await sync(a); // A has talked to the server once.
    b.write('journal_entries', id, entry('original'));
    await sync(b);
    await sync(a);

    realNow += MINUTE;
    a.write('journal_entries', id, entry('earlier, offline on A'));
    realNow += MINUTE;
    b.write('journal_entries', id, entry('later, on B'));
    await sync(b);
    const result = await sync(a);
    expect(result).toMatchObject({ pushed: 0, superseded: 1 });
    await sync(b);
    for (const store of [a, b]) expect(store.records.get(id)?.data).toEqual(entry('later, on B'));
  });

  it('keeps what another device wrote offline after "delete all my data", and drops what came before', async () => {
    const { a, b, sync, token } = await twoDevices(0);
    const [before, after, old] = [randomUUID(), randomUUID(), randomUUID()];
    b.write('journal_entries', old, entry('synced before the reset'));
    await sync(b);
    await sync(a);

    realNow += MINUTE;
    b.write('journal_entries', before, entry('offline, before the reset'));
    realNow += MINUTE;
    const epoch = await deleteAllMyData(backend.app, token);
    await a.resetBefore(null, epoch);
    realNow += MINUTE;
    b.write('journal_entries', after, entry('offline, after the reset'));
    const result = await sync(b);
    expect(result.reset).toBe(true);
    await sync(a);
    for (const store of [a, b]) {
      expect([...store.records.keys()]).toEqual([after]);
      expect(store.pendingCount).toBe(0);
    }
  });
});
