import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RivionDb } from './db';
import { DexieSyncStore } from './dexie-sync-store';
import { listSafetyEvents, recordSafetyEvent, SAFETY_REASON_MAX } from './safety-events';
import { wipeLocalData } from './wipe';

let db: RivionDb;

beforeEach(() => {
  db = new RivionDb(`safety-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

describe('safety events', () => {
  it('lists flagged moments newest first, with level, reason and source only', async () => {
    await recordSafetyEvent(
      { level: 'elevated', reason: 'hopeless', source: 'journal', at: 1000 },
      db,
    );
    await recordSafetyEvent({ level: 'severe', reason: 'plan', source: 'chat', at: 3000 }, db);
    await recordSafetyEvent({ level: 'elevated', reason: 'alone', source: 'chat', at: 2000 }, db);

    const events = await listSafetyEvents({}, db);
    expect(events.map((event) => event.reason)).toEqual(['plan', 'alone', 'hopeless']);
    expect(Object.keys(events[0]!).sort()).toEqual(['at', 'id', 'level', 'reason', 'source']);
    expect((await listSafetyEvents({ since: 1500 }, db)).map((event) => event.at)).toEqual([
      3000, 2000,
    ]);
  });

  it('cuts a long reason, so no message can be stored through it', async () => {
    const event = await recordSafetyEvent(
      { level: 'severe', reason: 'x'.repeat(5000), source: 'chat' },
      db,
    );
    expect(event.reason).toHaveLength(SAFETY_REASON_MAX);
  });

  it('never reaches the outbox, so nothing about them is sent', async () => {
    await recordSafetyEvent({ level: 'severe', reason: 'plan', source: 'chat' }, db);
    const store = new DexieSyncStore(db);
    expect(await store.pendingChanges(100)).toEqual([]);
  });

  it('are wiped with the rest on sign-out or erasure', async () => {
    await recordSafetyEvent({ level: 'severe', reason: 'plan', source: 'chat' }, db);
    await wipeLocalData(db, []);
    expect(await listSafetyEvents({}, db)).toEqual([]);
  });
});
