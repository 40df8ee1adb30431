/**
 * Erasure has to reach the copies a DELETE does not: PGlite's WAL on disk, PostgreSQL's dead tuples
 * and WAL segments. What a person wrote is stored only as ciphertext under their own data key, and
 * deleting the account destroys that key, so no file may hold their words in plain text.
 */
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import type { SyncChange } from '../../../core/sync/protocol';
import { call } from '../testing/call';
import { filesUnder } from '../testing/files';
import {
  emotionLogChange,
  feedbackChange,
  journalChange,
  messageChange,
  pushBody,
  sessionChange,
} from '../testing/fixtures';
import { API_BACKENDS, registerUser, useTestBackend, type TestBackend } from '../testing/harness';
import { journalEntries, users } from '../db/schema';
import { nodeAead } from '../node/cipher';
import { createKeyring } from './keyring';
import { eq } from 'drizzle-orm';

/** Words unique to this run, one per field that holds what a person wrote. */
function personalWords() {
  const mark = () => randomBytes(6).toString('hex');
  return {
    email: `erasure-${mark()}@example.com`,
    username: `Name${mark()}`,
    text: `journal words ${mark()}`,
    tag: `tag${mark()}`,
    topic: `topic ${mark()}`,
    notes: `notes ${mark()}`,
    content: `message ${mark()}`,
    keyword: `keyword${mark()}`,
    label: `label${mark()}`,
    comment: `comment ${mark()}`,
  };
}
type PersonalWords = ReturnType<typeof personalWords>;

/** Registers a person who writes `words` into every table, then deletes the account. */
async function writeThenDeleteAccount(backend: TestBackend, words: PersonalWords) {
  const user = await registerUser(backend.app, { email: words.email, username: words.username });
  const session = sessionChange();
  const log = emotionLogChange(session.id);
  const changes: SyncChange[] = [
    {
      ...session,
      data: { ...session.data!, topic: words.topic, notes: words.notes },
    } as SyncChange,
    journalChange(words.text),
    messageChange(session.id, words.content),
    {
      ...log,
      data: {
        ...log.data!,
        text_keywords: [words.keyword],
        face_features: { expression: words.label, blink_rate: 0.3 },
      },
    } as SyncChange,
    feedbackChange(session.id, words.comment),
  ];
  const journal = changes[1]!;
  if (journal.deleted) throw new Error('a journal entry, not a tombstone');
  journal.data = { ...journal.data, tags: [words.tag] } as typeof journal.data;
  const pushed = await call(backend.app, 'POST', '/api/sync/push', {
    token: user.token,
    body: pushBody(changes),
  });
  expect(pushed.body.applied).toHaveLength(changes.length);
  // Read back once, so the plaintext path is exercised before the delete.
  const pulled = await call(backend.app, 'GET', '/api/sync/pull', { token: user.token });
  expect(JSON.stringify(pulled.body)).toContain(words.tag);
  const copies = await storedCiphertexts(backend, user.userId, journal.id);

  const deleted = await call(backend.app, 'DELETE', '/api/auth/account', {
    token: user.token,
    body: { password_confirmation: user.password },
  });
  expect(deleted.status).toBe(200);
  return { user, copies };
}

/** Ciphertexts as a backup or the WAL would keep them, with the additional data they need. */
async function storedCiphertexts(backend: TestBackend, userId: string, journalId: string) {
  const [entry] = await backend.db
    .select({ text: journalEntries.text, tags: journalEntries.tags })
    .from(journalEntries)
    .where(eq(journalEntries.id, journalId));
  const [user] = await backend.db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, userId));
  const row = { ...entry!, ...user! };
  return [
    { sealed: row!.text!, aad: `${userId}:${journalId}:text` },
    { sealed: row!.tags!, aad: `${userId}:${journalId}:tags` },
    { sealed: row!.email!, aad: `${userId}:${userId}:email` },
  ];
}

/**
 * Tries every key the server still holds (its own key, and each data key still stored) on the
 * copies, with the right additional data. Returns the ones that opened.
 */
async function openedByKeysLeft(backend: TestBackend, copies: { sealed: string; aad: string }[]) {
  const serverKey = backend.config.encryptionKey;
  const keyring = createKeyring(nodeAead, serverKey);
  const keys: Uint8Array[] = [serverKey];
  for (const row of await backend.db.select({ id: users.id, key: users.data_key }).from(users)) {
    if (row.key) keys.push(await keyring.unwrap(row.id, row.key));
  }
  const opened: string[] = [];
  for (const { sealed, aad } of copies) {
    expect(sealed).toMatch(/^v2\./);
    for (const key of keys) {
      const plain = await nodeAead.open(key, sealed.slice(3), aad).catch(() => undefined);
      if (plain) opened.push(aad);
    }
  }
  return opened;
}

/** Which of the words appear in `bytes` as UTF-8. */
function wordsFoundIn(bytes: Buffer, words: PersonalWords): string[] {
  return Object.entries(words)
    .filter(([, word]) => bytes.includes(Buffer.from(word, 'utf8')))
    .map(([field]) => field);
}

describe('account deletion on the embedded database', () => {
  const backend = useTestBackend('pglite-disk');

  it('leaves no file of the data folder (WAL included) holding the person’s words', async () => {
    const words = personalWords();
    const { copies } = await writeThenDeleteAccount(backend, words);
    expect(await openedByKeysLeft(backend, copies)).toEqual([]);
    // Closing flushes everything PGlite keeps in memory to the folder.
    await backend.restart();
    if (backend.storage.kind !== 'embedded') throw new Error('an embedded database');

    const files = await filesUnder(backend.storage.dataDir);
    expect(files.some((file) => /pg_wal/.test(file))).toBe(true);
    const found: string[] = [];
    for (const file of files) {
      for (const field of wordsFoundIn(await readFile(file), words))
        found.push(`${field} in ${file}`);
    }
    expect(found).toEqual([]);
  });
});

describe('account deletion on PostgreSQL', () => {
  const backend = useTestBackend('postgres');

  it('leaves no relation page or WAL segment holding the person’s words', async () => {
    const words = personalWords();
    const { copies } = await writeThenDeleteAccount(backend, words);
    expect(await openedByKeysLeft(backend, copies)).toEqual([]);
    if (backend.storage.kind !== 'server') throw new Error('a PostgreSQL database');

    // As superuser (trust auth), so the server's own files can be read.
    const admin = postgres(backend.storage.url, { max: 1, onnotice: () => {} });
    try {
      await admin`checkpoint`;
      const relations = await admin<{ name: string; path: string }[]>`
        select c.relname as name, pg_relation_filepath(c.oid) as path
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'pg_toast') and pg_relation_filepath(c.oid) is not null`;
      expect(relations.map((relation) => relation.name)).toContain('journal_entries');
      const segments = await admin<{ name: string }[]>`select name from pg_ls_waldir()`;
      expect(segments.length).toBeGreaterThan(0);
      const files = [
        ...relations.map((relation) => relation.path),
        ...segments.map((segment) => `pg_wal/${segment.name}`),
      ];
      const found: string[] = [];
      for (const path of files) {
        const [row] = await admin<{ bytes: Buffer | null }[]>`
          select case when (pg_stat_file(${path}::text, true)).size is not null
            then pg_read_binary_file(${path}::text) end as bytes`;
        if (!row?.bytes) continue; // a WAL segment recycled since it was listed
        for (const field of wordsFoundIn(row.bytes, words)) found.push(`${field} in ${path}`);
      }
      expect(found).toEqual([]);
    } finally {
      await admin.end();
    }
  });
});

describe.each(API_BACKENDS)('"delete all my data" on %s', (kind) => {
  const backend = useTestBackend(kind);

  it('replaces the data key: old copies stay unreadable, the account stays readable', async () => {
    const user = await registerUser(backend.app);
    const entry = journalChange('before the reset');
    await call(backend.app, 'POST', '/api/sync/push', {
      token: user.token,
      body: pushBody([entry]),
    });
    const copies = await storedCiphertexts(backend, user.userId, entry.id);
    const reset = await call(backend.app, 'DELETE', '/api/settings/data', {
      token: user.token,
      body: { confirm: true },
    });
    expect(reset.status).toBe(200);

    // The journal copies die with the old key; the email was moved to the new one.
    expect(await openedByKeysLeft(backend, copies.slice(0, 2))).toEqual([]);
    const me = await call(backend.app, 'GET', '/api/auth/me', { token: user.token });
    expect(me.body.email).toBe(user.email);
    // Stamped now: what is stamped before the reset point is refused (data_reset).
    const after = journalChange('after the reset', {
      at: Date.now() - Date.parse('2026-01-01T00:00:00Z'),
    });
    const pushed = await call(backend.app, 'POST', '/api/sync/push', {
      token: user.token,
      body: pushBody([after], reset.body.epoch),
    });
    expect(pushed.body.applied).toEqual([after.id]);
    const pulled = await call(backend.app, 'GET', '/api/sync/pull', { token: user.token });
    expect(pulled.body.changes.map((change: SyncChange) => change.id)).toEqual([after.id]);
  });
});
