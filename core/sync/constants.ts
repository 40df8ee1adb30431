/**
 * Sync constants, kept apart from the zod schemas so clients that only run the engine and the
 * store do not bundle the validator.
 */
export const SYNC_TABLES = ['journal_entries', 'sessions', 'messages', 'emotion_logs'] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

export const MAX_PUSH_CHANGES = 500;
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 500;
