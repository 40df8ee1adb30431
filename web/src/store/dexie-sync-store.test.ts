import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatHlc, parseHlc } from '../../../core/sync/hlc';
import type { JournalEntryData, SyncChange } from '../../../core/sync/protocol';
import { RivionDb } from './db';
import { DexieSyncStore } from './dexie-sync-store';
import { readMeta } from './meta';

const entry = (text: string): JournalEntryData => ({
  mood: 6,
  text,
  tags: ['walk'],
  occurred_at: '2026-03-01T09:30:00.000Z',
});
const NOW = Date.UTC(2026, 2, 1);
const ID_A = '00000000-0000-4000-8000-00000000000a';
const ID_B = '00000000-0000-4000-8000-00000000000b';

function remote(id: string, hlc: string, text: string | null): SyncChange {
  return text === null
    ? { table: 'journal_entries', id, hlc, deleted: true, data: null }
    : { table: 'journal_entries', id, hlc, deleted: false, data: entry(text) };
}

let db: RivionDb;
let store: DexieSyncStore;

beforeEach(() => {
  db = new RivionDb(`store-${crypto.randomUUID()}`);
  store = new DexieSyncStore(db, () => NOW);
});

afterEach(async () => {
  await db.delete();
});

describe('DexieSyncStore', () => {
  it('writes the record and its outbox entry together', async () => {
    const change = await store.writeLocal('journal_entries', ID_A, entry('first'));

    expect(await db.journal_entries.get(ID_A)).toEqual(change);
    expect(await store.pendingChanges(10)).toEqual([{ seq: 1, change }]);
    expect(await readMeta(db, 'clock')).toBe(change.hlc);
  });

  it('gives concurrent writes distinct, increasing timestamps in outbox order', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.writeLocal('journal_entries', ID_A, entry(`${i}`)),
      ),
    );
    const hlcs = (await store.pendingChanges(50)).map((item) => item.change.hlc);
    expect(new Set(hlcs).size).toBe(20);
    expect(hlcs).toEqual([...hlcs].sort());
  });

  it('removes only acknowledged changes from the outbox', async () => {
    await store.writeLocal('journal_entries', ID_A, entry('one'));
    await store.writeLocal('journal_entries', ID_B, entry('two'));
    const third = await store.writeLocal('journal_entries', ID_A, null);

    await store.acknowledge([1, 2]);
    expect(await store.pendingChanges(10)).toEqual([{ seq: 3, change: third }]);
  });

  it('applies pulled changes last-writer-wins and stores the position', async () => {
    const local = await store.writeLocal('journal_entries', ID_A, entry('local'));
    const older = remote(ID_A, '00000000001-0000-other', 'older');
    const newer = remote(ID_B, formatHlc({ wallMs: NOW + 60_000, counter: 5, node: 'o' }), null);

    await store.applyPulled([older, newer], '42', 3);

    expect(await db.journal_entries.get(ID_A)).toEqual(local);
    expect(await db.journal_entries.get(ID_B)).toEqual(newer);
    expect(await store.position()).toEqual({ cursor: '42', epoch: 3 });
    // The next local edit sorts after everything seen, even from a device clock a minute ahead.
    const after = await store.writeLocal('journal_entries', ID_B, entry('again'));
    expect(after.hlc > newer.hlc).toBe(true);
  });

  it('reset drops records, outbox and position but keeps the device id', async () => {
    await store.writeLocal('journal_entries', ID_A, entry('gone'));
    await store.applyPulled([remote(ID_B, '00000000001-0000-other', 'gone too')], '7', 1);
    const clientId = await readMeta(db, 'client_id');

    await store.reset();

    expect(await db.journal_entries.count()).toBe(0);
    expect(await store.pendingChanges(10)).toEqual([]);
    expect(await store.position()).toEqual({ cursor: '0', epoch: null });
    expect(await readMeta(db, 'client_id')).toBe(clientId);
  });

  it('leaves no half write when the outbox insert fails', async () => {
    const failOutbox = () => {
      throw new Error('disk full');
    };
    db.outbox.hook('creating', failOutbox);

    await expect(store.writeLocal('journal_entries', ID_A, entry('lost'))).rejects.toThrow();

    db.outbox.hook('creating').unsubscribe(failOutbox);
    expect(await db.journal_entries.count()).toBe(0);
    expect(await readMeta(db, 'clock')).toBeUndefined();
  });

  it('leaves no half pull when one change fails to store', async () => {
    let stored = 0;
    const failSecond = () => {
      if (++stored === 2) throw new Error('quota exceeded');
    };
    db.journal_entries.hook('creating', failSecond);
    const changes = [
      remote(ID_A, '00000000001-0000-other', 'a'),
      remote(ID_B, '00000000002-0000-other', 'b'),
    ];

    await expect(store.applyPulled(changes, '9', 1)).rejects.toThrow();

    db.journal_entries.hook('creating').unsubscribe(failSecond);
    expect(await db.journal_entries.count()).toBe(0);
    expect(await store.position()).toEqual({ cursor: '0', epoch: null });
  });

  it('sets a refused change aside beside its record, out of the push queue', async () => {
    const refused = await store.writeLocal('journal_entries', ID_A, entry('refused'));
    const fine = await store.writeLocal('journal_entries', ID_B, entry('fine'));

    await store.setAside([
      { seq: 1, code: 'invalid', message: 'A tag can be at most 40 characters.' },
    ]);

    expect(await store.pendingChanges(10)).toEqual([{ seq: 2, change: fine }]);
    expect(await db.journal_entries.get(ID_A)).toEqual(refused);
    expect(await db.refused.get(ID_A)).toMatchObject({
      change: refused,
      message: 'A tag can be at most 40 characters.',
    });
  });

  it('lets a new edit replace a refused change, which then syncs', async () => {
    await store.writeLocal('journal_entries', ID_A, entry('refused'));
    await store.setAside([{ seq: 1, code: 'invalid', message: 'no' }]);

    const fixed = await store.writeLocal('journal_entries', ID_A, entry('fixed'));

    expect(await db.refused.count()).toBe(0);
    expect(await store.pendingChanges(10)).toEqual([{ seq: 2, change: fixed }]);
  });

  it('discards a refused change back to the version the server holds, or away if it never synced', async () => {
    const synced = remote(ID_A, '00000000001-0000-other', 'on the server');
    await store.applyPulled([synced], '1', 1);
    await store.writeLocal('journal_entries', ID_A, entry('refused edit'));
    await store.writeLocal('journal_entries', ID_B, entry('refused new entry'));
    await store.setAside([
      { seq: 1, code: 'invalid', message: 'no' },
      { seq: 2, code: 'invalid', message: 'no' },
    ]);

    await store.discardLocalChanges(ID_A);
    await store.discardLocalChanges(ID_B);

    expect(await db.journal_entries.toArray()).toEqual([synced]);
    expect(await db.refused.count()).toBe(0);
    expect(await db.last_synced.count()).toBe(0);
  });

  it('discards back to the last acknowledged edit, not the first version', async () => {
    await store.writeLocal('journal_entries', ID_A, entry('first'));
    await store.acknowledge([1]);
    const second = await store.writeLocal('journal_entries', ID_A, entry('second'));
    await store.acknowledge([2]);
    await store.writeLocal('journal_entries', ID_A, entry('refused'));
    await store.setAside([{ seq: 3, code: 'invalid', message: 'no' }]);

    await store.discardLocalChanges(ID_A);

    expect(await db.journal_entries.get(ID_A)).toEqual(second);
  });

  it('discards a change written before this device kept synced versions by pulling again', async () => {
    await store.applyPulled([remote(ID_A, '00000000001-0000-other', 'on the server')], '9', 1);
    const change = remote(ID_A, '00000000002-0000-device', 'from schema v1');
    await db.syncTable('journal_entries').put(change);
    await db.outbox.add({ change } as never);
    await store.setAside([{ seq: 1, code: 'invalid', message: 'no' }]);

    await store.discardLocalChanges(ID_A);

    expect(await db.journal_entries.count()).toBe(0);
    expect(await store.position()).toEqual({ cursor: '0', epoch: 1 });
  });

  it('after a reset elsewhere keeps only what was written after it', async () => {
    let now = NOW;
    store = new DexieSyncStore(db, () => now);
    await store.applyPulled(
      [remote(ID_A, formatHlc({ wallMs: NOW - 10, counter: 0, node: 'o' }), 'old')],
      '5',
      1,
    );
    await store.writeLocal('journal_entries', ID_B, entry('before the reset'));
    const resetHlc = formatHlc({ wallMs: NOW + 1_000, counter: 0, node: 'server' });
    now = NOW + 2_000;
    const later = await store.writeLocal('journal_entries', ID_A, entry('after the reset'));

    await store.resetBefore(resetHlc, 2);

    expect(await db.journal_entries.toArray()).toEqual([later]);
    expect((await store.pendingChanges(10)).map((item) => item.change)).toEqual([later]);
    expect(await store.position()).toEqual({ cursor: '0', epoch: 2 });
    // Discarding the surviving edit cannot bring back what the reset removed.
    await store.discardLocalChanges(ID_A);
    expect(await db.journal_entries.count()).toBe(0);
  });

  it('stamps with the server-corrected clock and re-stamps refused changes with it', async () => {
    const ahead = new DexieSyncStore(db, () => NOW + 25 * 3_600_000);
    const early = await ahead.writeLocal('journal_entries', ID_A, entry('from a fast clock'));

    await ahead.adoptServerTime(NOW);
    await ahead.restamp([1]);

    const [item] = await ahead.pendingChanges(10);
    expect(item!.change.hlc < early.hlc).toBe(true);
    expect(parseHlc(item!.change.hlc).wallMs).toBe(NOW);
    expect(await db.journal_entries.get(ID_A)).toEqual(item!.change);
    const next = await ahead.writeLocal('journal_entries', ID_B, entry('next'));
    expect(parseHlc(next.hlc).wallMs).toBe(NOW);
    expect(next.hlc > item!.change.hlc).toBe(true);
  });
});
