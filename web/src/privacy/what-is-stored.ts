/**
 * What RIVION keeps where, in the words of the privacy page. Kept beside the code it describes:
 * the device's tables are web/src/store/db.ts, the server's edge-api/src/db/ and the encrypted
 * fields edge-api/src/sync/records.ts (ENCRYPTED_FIELDS) and crypto/profile.ts.
 */
export interface StoredThing {
  where: string;
  what: string;
}

/** The device: IndexedDB database "rivion", and a few device choices in localStorage. */
export const ON_THIS_DEVICE: readonly StoredThing[] = [
  { where: 'journal_entries', what: 'your journal entries: mood, text, tags, time' },
  { where: 'sessions', what: 'your calls: start and end, topic, notes, summary, stress' },
  { where: 'messages', what: 'what you and the companion wrote during calls' },
  {
    where: 'emotion_logs',
    what: 'emotion readings: labels, confidences, stress score, short feature summaries',
  },
  { where: 'feedback', what: 'how you rated suggestions' },
  {
    where: 'safety_events',
    what: 'moments the crisis check flagged: time and level only, never the words; never synced',
  },
  {
    where: 'outbox, refused, last_synced',
    what: 'changes waiting to sync, or refused by the server, until they are settled',
  },
  { where: 'meta', what: 'your sign-in tokens, this device’s id, sync position, preferences' },
  {
    where: 'localStorage',
    what: 'choices for this device only: camera, microphone, reading your words, spoken replies',
  },
];

/** The server's PostgreSQL tables; "encrypted" fields are AES-256-GCM under your own data key. */
export const ON_THE_SERVER: readonly StoredThing[] = [
  {
    where: 'users',
    what: 'email, username and names (encrypted), password hash, consent time, retention period',
  },
  { where: 'journal_entries', what: 'mood and time; text and tags encrypted' },
  { where: 'sessions', what: 'times, stress, main emotion; topic, notes and summary encrypted' },
  { where: 'messages', what: 'sender and time; the words encrypted' },
  {
    where: 'emotion_logs',
    what: 'labels, confidences, stress; keywords and feature summaries encrypted',
  },
  { where: 'feedback', what: 'suggestion, helpful or not, rating; comment encrypted' },
  { where: 'emotion_statistics', what: 'daily averages made from your emotion logs' },
  { where: 'preferences', what: 'theme, notifications, AI replies on or off, crisis region' },
  { where: 'auth_sessions, refresh_tokens', what: 'which devices are signed in' },
  {
    where: 'audit_log',
    what: 'sign-ins, exports and deletions: action, time, IP address, browser',
  },
];

/** Read on this device and dropped at once: never stored, never sent. */
export const NEVER_LEAVES = [
  'camera video: each frame is read in a worker on this device and dropped',
  'microphone audio: each bit of speech is read in a worker on this device and dropped',
  'the raw readings behind each emotion label (face landmarks, voice measurements)',
  'the flagged safety moments (safety_events above)',
] as const;
