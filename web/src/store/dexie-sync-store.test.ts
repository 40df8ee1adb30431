import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatHlc } from '../../../core/sync/hlc';
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
    const newer = remote(ID_B, formatHlc({ wallMs: NOW + 3_600_000, counter: 5, node: 'o' }), null);

    await store.applyPulled([older, newer], '42', 3);

    expect(await db.journal_entries.get(ID_A)).toEqual(local);
    expect(await db.journal_entries.get(ID_B)).toEqual(newer);
    expect(await store.position()).toEqual({ cursor: '42', epoch: 3 });
    // The next local edit sorts after everything seen, even a device clock an hour ahead.
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
});
