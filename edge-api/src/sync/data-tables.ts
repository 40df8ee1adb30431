import {
  emotionLogs,
  emotionStatistics,
  feedback,
  journalEntries,
  messages,
  sessions,
} from '../db/schema';
import type { SyncTable } from '../../../core/sync/protocol';

/** The synced tables by their wire name. */
export const syncTables = {
  journal_entries: journalEntries,
  sessions,
  messages,
  emotion_logs: emotionLogs,
  feedback,
} as const satisfies Record<SyncTable, unknown>;

/** [wire name, table] pairs, typed for loops over all synced tables. */
export const syncTableEntries = Object.entries(syncTables) as [
  SyncTable,
  (typeof syncTables)[SyncTable],
][];

/** Everything "delete all my data" removes; the account and its settings stay. */
export const personalDataTables = [...Object.values(syncTables), emotionStatistics] as const;
