/** Reading and writing journal entries, always through the local store; sync happens later. */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { JournalEntryData } from '../../../core/sync/protocol';
import { db, type RefusedChange, type RivionDb, type SyncRow } from '../store/db';
import { localStore } from '../store/local-store';

/** A live entry, with the timestamp of the version shown (an edit form's base version). */
export type JournalEntry = JournalEntryData & { id: string; hlc: string };
type LiveRow = Extract<SyncRow<'journal_entries'>, { deleted: false }>;

export interface JournalFilter {
  tag: string;
  /** Local calendar days, `YYYY-MM-DD`, inclusive; empty means open-ended. */
  from: string;
  to: string;
}

export const NO_FILTER: JournalFilter = { tag: '', from: '', to: '' };

export function isFiltering({ tag, from, to }: JournalFilter): boolean {
  return tag !== '' || from !== '' || to !== '';
}

/**
 * Newest first. The date range uses the occurred_at index (which already leaves tombstones out);
 * the tag is checked in memory, as a person's journal is small enough for that to be instant.
 */
export async function queryJournal(
  database: RivionDb,
  filter: JournalFilter,
): Promise<JournalEntry[]> {
  const lower = filter.from ? startOfLocalDay(filter.from) : Dexie.minKey;
  const upper = filter.to ? startOfLocalDay(filter.to, 1) : Dexie.maxKey;
  const rows = await database.journal_entries
    .where('data.occurred_at')
    .between(lower, upper, true, false)
    .reverse()
    .toArray();
  return rows
    .filter((row): row is LiveRow => !row.deleted)
    .filter((row) => !filter.tag || row.data.tags.includes(filter.tag))
    .map((row) => ({ id: row.id, hlc: row.hlc, ...row.data }));
}

/** Every tag in use, for the filter; the multiEntry index lists them without reading entries. */
export async function journalTags(database: RivionDb): Promise<string[]> {
  return (await database.journal_entries.orderBy('data.tags').uniqueKeys()).map(String);
}

export function useJournalEntries(filter: JournalFilter): JournalEntry[] | undefined {
  return useLiveQuery(() => queryJournal(db, filter), [filter]);
}

export function useJournalTags(): string[] {
  return useLiveQuery(() => journalTags(db), []) ?? [];
}

/** Changes the server refused, by entry id, each shown beside its entry with Fix and Discard. */
export function useRefusedChanges(): Map<string, RefusedChange> {
  const rows = useLiveQuery(() => db.refused.toArray(), []);
  return new Map((rows ?? []).map((row) => [row.id, row]));
}

/** The entry as this device holds it now: its data, or null once deleted. */
export async function currentEntry(
  id: string,
): Promise<{ hlc: string; data: JournalEntryData | null } | undefined> {
  const row = await db.journal_entries.get(id);
  return row && { hlc: row.hlc, data: row.data };
}

/** Drops this device's unsynced changes of an entry: back to the version the server holds. */
export async function discardEntryChanges(id: string): Promise<void> {
  await localStore.discardLocalChanges(id);
}

export async function saveEntry(id: string | null, data: JournalEntryData): Promise<void> {
  await localStore.writeLocal('journal_entries', id ?? crypto.randomUUID(), data);
}

export async function deleteEntry(id: string): Promise<void> {
  await localStore.writeLocal('journal_entries', id, null);
}

function startOfLocalDay(day: string, plusDays = 0): string {
  const date = new Date(`${day}T00:00`);
  date.setDate(date.getDate() + plusDays);
  return date.toISOString();
}
