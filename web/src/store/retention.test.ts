import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncChange } from '../../../core/sync/protocol';
import { RivionDb } from './db';
import { deleteExpiredLocalData } from './retention';
import { recordSafetyEvent } from './safety-events';

const NOW = Date.parse('2026-12-03T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW - days * DAY).toISOString();
const SESSION = '3f1b1c9e-8f0e-4c55-9a43-1b2c3d4e5f60';

let db: RivionDb;

beforeEach(() => {
  db = new RivionDb(`retention-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

function row(table: SyncChange['table'], id: string, data: Record<string, unknown> | null) {
  return { table, id, hlc: '0000000000a-0000-node', deleted: data === null, data } as SyncChange;
}

async function seed(ageInDays: number, prefix: string) {
  const at = daysAgo(ageInDays);
  await db.syncTable('sessions').put(row('sessions', `${prefix}-session`, { started_at: at }));
  await db
    .syncTable('messages')
    .put(row('messages', `${prefix}-message`, { session_id: SESSION, created_at: at }));
  await db
    .syncTable('emotion_logs')
    .put(row('emotion_logs', `${prefix}-log`, { session_id: SESSION, recorded_at: at }));
  await db
    .syncTable('feedback')
    .put(row('feedback', `${prefix}-feedback`, { session_id: SESSION, created_at: at }));
  await db
    .syncTable('journal_entries')
    .put(row('journal_entries', `${prefix}-entry`, { occurred_at: at, text: 'a day', mood: 3 }));
  await recordSafetyEvent(
    { level: 'elevated', reason: 'hopeless', source: 'chat', at: NOW - ageInDays * DAY },
    db,
  );
}

async function ids(table: SyncChange['table']) {
  return (await db.syncTable(table).toCollection().primaryKeys()).sort();
}

describe('deleteExpiredLocalData', () => {
  it('deletes session data and safety events older than the period, as the server does, and keeps the journal', async () => {
    await seed(100, 'old');
    await seed(10, 'new');

    expect(await deleteExpiredLocalData(db, 90, NOW)).toBe(5);

    expect(await ids('sessions')).toEqual(['new-session']);
    expect(await ids('messages')).toEqual(['new-message']);
    expect(await ids('emotion_logs')).toEqual(['new-log']);
    expect(await ids('feedback')).toEqual(['new-feedback']);
    expect(await ids('journal_entries')).toEqual(['new-entry', 'old-entry']);
    expect((await db.safety_events.toArray()).map((event) => event.at)).toEqual([NOW - 10 * DAY]);
  });

  it('a shorter period deletes more, and a queued change of a deleted row never syncs', async () => {
    await seed(40, 'month');
    const queued = await db.syncTable('messages').get('month-message');
    await db.outbox.add({ change: queued! });
    await db.last_synced.put({ id: 'month-message', table: 'messages', change: null });

    expect(await deleteExpiredLocalData(db, 90, NOW)).toBe(0);
    expect(await db.outbox.count()).toBe(1);

    expect(await deleteExpiredLocalData(db, 30, NOW)).toBe(5);
    expect(await ids('messages')).toEqual([]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.last_synced.count()).toBe(0);
  });

  it('leaves tombstones alone: they hold no data and no date', async () => {
    await db.syncTable('sessions').put(row('sessions', 'gone', null));
    expect(await deleteExpiredLocalData(db, 7, NOW)).toBe(0);
    expect(await ids('sessions')).toEqual(['gone']);
  });
});
