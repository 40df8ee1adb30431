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

/** A local change the server refused: out of the push queue, kept beside its record until fixed. */
export interface RefusedChange {
  /** The record's id: one refused change per record, the newest. */
  id: string;
  seq: number;
  change: SyncChange;
  code: string;
  /** The server's sentence, shown beside the entry. */
  message: string;
}

/**
 * The last version of a record the server is known to hold, kept while the record has local
 * changes that have not synced, so "Discard" can go back to it (`change: null`: never synced).
 */
export interface LastSynced {
  id: string;
  table: SyncTable;
  change: SyncChange | null;
}

/**
 * A moment the safety check flagged, kept on this device only: never synced, never sent. It holds
 * no words, only when, how serious and which rule, so the person can look back at it.
 */
export interface SafetyEvent {
  id: string;
  /** ms since 1970. */
  at: number;
  level: 'elevated' | 'severe';
  /** A short code or sentence naming what was recognised, never the text itself. */
  reason: string;
  source: 'chat' | 'journal';
}

type SyncTables = { [T in SyncTable]: EntityTable<SyncRow<T>, 'id'> };

/**
 * Every released schema, in order. Released versions are never edited: a change is a new entry
 * (only the tables it changes) with its own test in db.test.ts.
 */
export const SCHEMA_VERSIONS: readonly { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    // Indexes on `data.*` skip tombstones for free, because their `data` is null.
    stores: {
      journal_entries: 'id, data.occurred_at, *data.tags',
      sessions: 'id, data.started_at',
      messages: 'id, data.session_id',
      emotion_logs: 'id, data.session_id',
      outbox: '++seq',
      meta: 'key',
    },
  },
  {
    version: 2,
    // Refused changes move out of the outbox; the outbox is looked up by record.
    stores: { outbox: '++seq, change.id', refused: 'id', last_synced: 'id' },
  },
  {
    version: 3,
    // Suggestion feedback syncs like the rest; safety events stay on this device.
    stores: { feedback: 'id, data.session_id', safety_events: 'id, at' },
  },
];

export class RivionDb extends Dexie {
  declare journal_entries: SyncTables['journal_entries'];
  declare sessions: SyncTables['sessions'];
  declare messages: SyncTables['messages'];
  declare emotion_logs: SyncTables['emotion_logs'];
  declare feedback: SyncTables['feedback'];
  declare safety_events: EntityTable<SafetyEvent, 'id'>;
  declare outbox: EntityTable<OutboxItem, 'seq'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare refused: EntityTable<RefusedChange, 'id'>;
  declare last_synced: EntityTable<LastSynced, 'id'>;

  constructor(name = 'rivion', versions = SCHEMA_VERSIONS) {
    super(name);
    for (const { version, stores } of versions) this.version(version).stores(stores);
  }

  /** One synced table, typed loosely enough to take any change the engine hands over. */
  syncTable(table: SyncTable): Table<SyncChange, string> {
    return this.table(table);
  }
}

/** The app's single database; tests make their own `RivionDb` under another name. */
export const db = new RivionDb();
