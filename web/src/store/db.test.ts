import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_TABLES } from '../../../core/sync/constants';
import { RivionDb, SCHEMA_VERSIONS } from './db';

let db: RivionDb;

afterEach(async () => {
  await db.delete();
});

describe('database schema', () => {
  it('creates every table with the keys and indexes queries rely on', async () => {
    db = new RivionDb('schema-v1');
    await db.open();

    expect(db.verno).toBe(3);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      [...SYNC_TABLES, 'meta', 'outbox', 'refused', 'last_synced', 'safety_events'].sort(),
    );
    for (const table of SYNC_TABLES) expect(db.table(table).schema.primKey.keyPath).toBe('id');

    const journal = db.journal_entries.schema.indexes;
    expect(journal.map((index) => [index.keyPath, index.multi ?? false])).toEqual([
      ['data.occurred_at', false],
      ['data.tags', true],
    ]);
    expect(db.outbox.schema.primKey).toMatchObject({ keyPath: 'seq', auto: true });
    expect(db.outbox.schema.indexes.map((index) => index.keyPath)).toEqual(['change.id']);
    expect(db.refused.schema.primKey.keyPath).toBe('id');
    expect(db.last_synced.schema.primKey.keyPath).toBe('id');
    expect(db.meta.schema.primKey.keyPath).toBe('key');
  });

  it('is what IndexedDB really holds, multiEntry tag index included', async () => {
    db = new RivionDb('schema-v1-raw');
    await db.open();
    const raw = db.backendDB();

    expect([...raw.objectStoreNames].sort()).toEqual(
      [...SYNC_TABLES, 'meta', 'outbox', 'refused', 'last_synced', 'safety_events'].sort(),
    );
    const journal = raw.transaction('journal_entries').objectStore('journal_entries');
    expect(journal.index('data.tags').multiEntry).toBe(true);
    expect(journal.index('data.occurred_at').keyPath).toBe('data.occurred_at');
  });
});

describe('version 2 migration', () => {
  it('keeps every record, outbox entry and meta value of a version 1 database', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v1 = new RivionDb(name, SCHEMA_VERSIONS.slice(0, 1));
    const change = {
      table: 'journal_entries' as const,
      id: '00000000-0000-4000-8000-000000000001',
      hlc: '00000000001-0000-device',
      deleted: false as const,
      data: {
        mood: 4,
        text: 'before the update',
        tags: ['old'],
        occurred_at: '2026-01-01T00:00:00Z',
      },
    };
    await v1.journal_entries.put(change);
    await v1.outbox.add({ change } as never);
    await v1.meta.put({ key: 'cursor', value: '17' });
    expect(v1.verno).toBe(1);
    v1.close();

    db = new RivionDb(name, SCHEMA_VERSIONS.slice(0, 2));
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.journal_entries.get(change.id)).toEqual(change);
    expect(await db.outbox.toArray()).toEqual([{ seq: 1, change }]);
    expect(await db.outbox.where('change.id').equals(change.id).count()).toBe(1);
    expect(await db.meta.get('cursor')).toEqual({ key: 'cursor', value: '17' });
    expect(await db.refused.count()).toBe(0);
  });
});

describe('version 3 migration', () => {
  it('adds the feedback and safety tables and keeps a version 2 database as it was', async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    const v2 = new RivionDb(name, SCHEMA_VERSIONS.slice(0, 2));
    const session = {
      table: 'sessions' as const,
      id: '00000000-0000-4000-8000-000000000002',
      hlc: '00000000001-0000-device',
      deleted: false as const,
      // A session as version 2 stored it, before sessions had a summary.
      data: {
        started_at: '2026-01-01T09:00:00Z',
        ended_at: null,
        topic: null,
        total_stress_score: null,
        dominant_emotion: null,
        burnout_risk_level: null,
        notes: null,
      },
    };
    await v2.sessions.put(session as never);
    await v2.outbox.add({ change: session } as never);
    v2.close();

    db = new RivionDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.sessions.get(session.id)).toEqual(session);
    expect(await db.outbox.count()).toBe(1);
    expect(db.feedback.schema.primKey.keyPath).toBe('id');
    expect(db.feedback.schema.indexes.map((index) => index.keyPath)).toEqual(['data.session_id']);
    expect(db.safety_events.schema.indexes.map((index) => index.keyPath)).toEqual(['at']);
    expect(await db.safety_events.count()).toBe(0);
  });
});
