import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RivionDb } from './db';
import { DexieSyncStore } from './dexie-sync-store';
import { readMeta } from './meta';
import { OtherAccountUnsyncedError, startSession } from './session';

const ALICE = { user_id: 'alice', token: 'a-token', refresh_token: 'a-refresh' };
const BOB = { user_id: 'bob', token: 'b-token', refresh_token: 'b-refresh' };
const ENTRY_ID = '00000000-0000-4000-8000-00000000000a';
const entry = {
  mood: 6,
  text: 'still only here',
  tags: [],
  occurred_at: '2026-03-01T09:30:00.000Z',
};

let db: RivionDb;

beforeEach(async () => {
  db = new RivionDb(`session-${crypto.randomUUID()}`);
  await startSession(db, ALICE);
  await new DexieSyncStore(db).writeLocal('journal_entries', ENTRY_ID, entry);
});

afterEach(async () => {
  await db.delete();
});

describe('startSession', () => {
  it("never removes another account's unsynced changes without the person's yes", async () => {
    const refused = await startSession(db, BOB).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(OtherAccountUnsyncedError);
    expect((refused as OtherAccountUnsyncedError).counts).toEqual({ journal_entries: 1 });
    // Nothing changed: Alice's entry, its outbox change and her session are all still there.
    expect(await db.journal_entries.get(ENTRY_ID)).toBeDefined();
    expect(await db.outbox.count()).toBe(1);
    expect((await readMeta(db, 'session'))?.user_id).toBe('alice');

    await startSession(db, BOB, { removeOtherAccountsUnsynced: true });
    expect(await db.journal_entries.get(ENTRY_ID)).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
    expect((await readMeta(db, 'session'))?.user_id).toBe('bob');
  });

  it('signs the same account in again without asking', async () => {
    await startSession(db, ALICE);
    expect(await db.journal_entries.get(ENTRY_ID)).toBeDefined();
  });
});
