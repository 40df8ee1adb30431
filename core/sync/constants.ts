/**
 * Sync constants, kept apart from the zod schemas so clients that only run the engine and the
 * store do not bundle the validator.
 */
export const SYNC_TABLES = [
  'journal_entries',
  'sessions',
  'messages',
  'emotion_logs',
  'feedback',
] as const;
export type SyncTable = (typeof SYNC_TABLES)[number];

export const MAX_PUSH_CHANGES = 500;
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 500;

/**
 * The documented drift limit: the server refuses (`clock_ahead`) a change whose timestamp is more
 * than this ahead of its own clock, so a device with a wrong clock cannot stamp a version that
 * every later edit or delete of the record would lose to. Two minutes covers ordinary clock error
 * and network delay; a device further off adopts the server's time and re-stamps.
 */
export const MAX_CLOCK_AHEAD_MS = 2 * 60 * 1000;

/** Why the server refused one change of a push (see PushResponse['rejected']). */
export const REJECT_CODES = [
  'forbidden',
  'invalid',
  'clock_ahead',
  'hlc_reused',
  'data_reset',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];
