import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JournalEntryData } from '../../../core/sync/protocol';
import { RivionDb } from '../store/db';
import { DexieSyncStore } from '../store/dexie-sync-store';
import { journalTags, NO_FILTER, queryJournal } from './journal-store';

let db: RivionDb;
let store: DexieSyncStore;

const at = (day: string, text: string, tags: string[]): JournalEntryData => ({
  mood: 6,
  text,
  tags,
  occurred_at: new Date(`${day}T12:00`).toISOString(),
});

beforeEach(async () => {
  db = new RivionDb(`journal-${crypto.randomUUID()}`);
  store = new DexieSyncStore(db);
  const ids = [1, 2, 3, 4].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
  await store.writeLocal('journal_entries', ids[0]!, at('2026-03-01', 'first', ['work']));
  await store.writeLocal('journal_entries', ids[1]!, at('2026-03-03', 'third', ['walk', 'work']));
  await store.writeLocal('journal_entries', ids[2]!, at('2026-03-02', 'second', ['family']));
  await store.writeLocal('journal_entries', ids[3]!, at('2026-03-04', 'deleted', ['work']));
  await store.writeLocal('journal_entries', ids[3]!, null);
});

afterEach(async () => {
  await db.delete();
});

const texts = async (filter = NO_FILTER) => (await queryJournal(db, filter)).map((e) => e.text);

describe('queryJournal', () => {
  it('lists live entries newest first, leaving deletions out', async () => {
    expect(await texts()).toEqual(['third', 'second', 'first']);
  });

  it('filters by tag and by an inclusive range of local days', async () => {
    expect(await texts({ ...NO_FILTER, tag: 'work' })).toEqual(['third', 'first']);
    expect(await texts({ ...NO_FILTER, from: '2026-03-02', to: '2026-03-03' })).toEqual([
      'third',
      'second',
    ]);
    expect(await texts({ tag: 'work', from: '2026-03-02', to: '' })).toEqual(['third']);
  });

  it('offers only the tags of live entries', async () => {
    expect(await journalTags(db)).toEqual(['family', 'walk', 'work']);
  });
});
