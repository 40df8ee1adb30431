/**
 * Conversion between sync changes (the wire format of core/sync/protocol.ts) and table rows. Data
 * fields and columns share their snake_case names, so the mapping is by name; every field a person
 * wrote, or that was derived from their words, is encrypted on the way in and decrypted on the way
 * out under that person's data key (crypto/keyring.ts).
 */
import {
  SYNC_TABLES,
  syncDataSchemas,
  type SyncChange,
  type SyncTable,
} from '../../../core/sync/protocol';
import type { UserCipher } from '../crypto/keyring';

/**
 * The encrypted fields and how each is stored: `text` as it is, `json` (tags, keywords, feature
 * summaries, whose string values are labels) serialised first, so the column holds one ciphertext.
 */
export const ENCRYPTED_FIELDS: Record<SyncTable, Record<string, 'text' | 'json'>> = {
  journal_entries: { text: 'text', tags: 'json' },
  sessions: { topic: 'text', notes: 'text', summary: 'json' },
  messages: { content: 'text' },
  emotion_logs: { text_keywords: 'json', face_features: 'json', voice_features: 'json' },
  feedback: { comment: 'text' },
};

/** Encrypts (`seal`) or decrypts (`open`) one data field; the others pass through unchanged. */
async function convertField(
  mode: 'seal' | 'open',
  cipher: UserCipher,
  table: SyncTable,
  field: string,
  value: unknown,
  recordId: string,
): Promise<unknown> {
  const kind = ENCRYPTED_FIELDS[table][field];
  if (!kind || value === null || value === undefined) return value;
  if (mode === 'seal') {
    const plain = kind === 'json' ? JSON.stringify(value) : String(value);
    return cipher.encrypt(plain, recordId, field);
  }
  const plain = await cipher.decrypt(String(value), recordId, field);
  return kind === 'json' ? JSON.parse(plain) : plain;
}

const DATA_FIELDS = Object.fromEntries(
  SYNC_TABLES.map((table) => [table, Object.keys(syncDataSchemas[table].shape)]),
) as Record<SyncTable, string[]>;

/** Columns every synced row has (see db/columns.ts); the data columns vary by table. */
export type SyncRowValues = {
  id: string;
  user_id: string;
  hlc: string;
  client_id: string;
  deleted: boolean;
} & Record<string, unknown>;
export type StoredSyncRow = SyncRowValues & { server_seq: bigint };

/** The row to store for a change. A tombstone's data columns are all NULL: it keeps no content. */
export async function changeToRow(
  change: SyncChange,
  owner: { userId: string; clientId: string },
  cipher: UserCipher,
): Promise<SyncRowValues> {
  const data: Record<string, unknown> = {};
  // PostgreSQL prints uuids in lower case, and decryption binds the id as read back.
  const recordId = change.id.toLowerCase();
  for (const field of DATA_FIELDS[change.table]) {
    const value = change.deleted ? null : (change.data as Record<string, unknown>)[field];
    data[field] = await convertField('seal', cipher, change.table, field, value, recordId);
  }
  return {
    ...data,
    id: change.id,
    user_id: owner.userId,
    hlc: change.hlc,
    client_id: owner.clientId,
    deleted: change.deleted,
  };
}

/** The change a stored row stands for, with its text decrypted for the owner. */
export async function rowToChange(
  table: SyncTable,
  row: SyncRowValues,
  cipher: UserCipher,
): Promise<SyncChange> {
  const envelope = { table, id: row.id, hlc: row.hlc };
  if (row.deleted) return { ...envelope, deleted: true, data: null } as SyncChange;
  const data: Record<string, unknown> = {};
  for (const field of DATA_FIELDS[table]) {
    data[field] = await convertField('open', cipher, table, field, row[field], row.id);
  }
  return { ...envelope, deleted: false, data } as SyncChange;
}

/** Fields stored as timestamptz: they come back as the same instant, written in UTC. */
const INSTANT_FIELDS = new Set([
  'occurred_at',
  'started_at',
  'ended_at',
  'created_at',
  'recorded_at',
]);

/** JSON with sorted keys and instants in UTC, so equal values give equal text. */
function canonical(value: unknown, field?: string): string {
  if (typeof value === 'string' && field && INSTANT_FIELDS.has(field))
    return JSON.stringify(new Date(value).toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([name, item]) => `${JSON.stringify(name)}:${canonical(item, name)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether two versions of a record hold the same state (as the database would store it). */
export function sameChange(a: SyncChange, b: SyncChange): boolean {
  return a.table === b.table && a.deleted === b.deleted && canonical(a.data) === canonical(b.data);
}
