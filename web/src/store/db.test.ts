import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_TABLES } from '../../../core/sync/constants';
import { RivionDb } from './db';

let db: RivionDb;

afterEach(async () => {
  await db.delete();
});

describe('database schema, version 1', () => {
  it('creates every table with the keys and indexes queries rely on', async () => {
    db = new RivionDb('schema-v1');
    await db.open();

    expect(db.verno).toBe(1);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [...SYNC_TABLES, 'meta', 'outbox'].sort(),
    );
    for (const table of SYNC_TABLES) expect(db.table(table).schema.primKey.keyPath).toBe('id');

    const journal = db.journal_entries.schema.indexes;
    expect(journal.map((index) => [index.keyPath, index.multi ?? false])).toEqual([
      ['data.occurred_at', false],
      ['data.tags', true],
    ]);
    expect(db.outbox.schema.primKey).toMatchObject({ keyPath: 'seq', auto: true });
    expect(db.meta.schema.primKey.keyPath).toBe('key');
  });

  it('is what IndexedDB really holds, multiEntry tag index included', async () => {
    db = new RivionDb('schema-v1-raw');
    await db.open();
    const raw = db.backendDB();

    expect([...raw.objectStoreNames].sort()).toEqual([...SYNC_TABLES, 'meta', 'outbox'].sort());
    const journal = raw.transaction('journal_entries').objectStore('journal_entries');
    expect(journal.index('data.tags').multiEntry).toBe(true);
    expect(journal.index('data.occurred_at').keyPath).toBe('data.occurred_at');
  });
});
