/**
 * The on-device database. Synced rows are stored exactly in the wire shape (`SyncChange`), so a
 * pulled change is written as-is and a tombstone is just a row with `deleted: true, data: null`.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { OutboxItem } from '../../../core/sync/engine';
import type { SyncChange, SyncTable } from '../../../core/sync/protocol';
import type { MetaRow } from './meta-values';

/** A stored record of one synced table, live or tombstone. */
export type SyncRow<T extends SyncTable> = Extract<SyncChange, { table: T }>;

type SyncTables = { [T in SyncTable]: EntityTable<SyncRow<T>, 'id'> };

export class RivionDb extends Dexie {
  declare journal_entries: SyncTables['journal_entries'];
  declare sessions: SyncTables['sessions'];
  declare messages: SyncTables['messages'];
  declare emotion_logs: SyncTables['emotion_logs'];
  declare outbox: EntityTable<OutboxItem, 'seq'>;
  declare meta: EntityTable<MetaRow, 'key'>;

  constructor(name = 'rivion') {
    super(name);
    // Released schemas are never edited: a change is a new db.version(n) with its own test.
    // Indexes on `data.*` skip tombstones for free, because their `data` is null.
    this.version(1).stores({
      journal_entries: 'id, data.occurred_at, *data.tags',
      sessions: 'id, data.started_at',
      messages: 'id, data.session_id',
      emotion_logs: 'id, data.session_id',
      outbox: '++seq',
      meta: 'key',
    });
  }

  /** One synced table, typed loosely enough to take any change the engine hands over. */
  syncTable(table: SyncTable): Table<SyncChange, string> {
    return this.table(table);
  }
}

/** The app's single database; tests make their own `RivionDb` under another name. */
export const db = new RivionDb();
