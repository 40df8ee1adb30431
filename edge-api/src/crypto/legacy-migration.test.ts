/**
 * Migration 0001 cannot encrypt (SQL has no key), so the data step after it does: on `npm start`
 * in embedded mode and in `npm run db:migrate`. Here a database is built at migration 0000, filled
 * as the previous version stored things (email and tags in plain text, journal text under the
 * server key), then opened as the new version opens it.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { nodeAead } from '../node/cipher';
import { openDatabase, type DatabaseTarget } from '../node/database';
import { call } from '../testing/call';
import { createThrowawayDatabase, testConfig } from '../testing/harness';
import { migrationsUpTo } from '../testing/migrations';
import { sealLegacyText } from './cipher';
import { createKeyring } from './keyring';
import { hashPassword } from './password';
import { encryptLegacyAccounts } from './user-data';

const password = 'an old password that still works';

/** One account as the previous version wrote it. */
async function legacyRows(serverKey: Uint8Array) {
  const userId = randomUUID();
  const entryId = randomUUID();
  const sessionId = randomUUID();
  const messageId = randomUUID();
  const logId = randomUUID();
  const seal = (text: string, recordId: string) =>
    sealLegacyText(nodeAead, serverKey, text, userId, recordId);
  const envelope = (id: string) =>
    sql`${id}, ${userId}, '0000000000001-0000-old-device', 'old-device'`;
  const statements: SQL[] = [
    sql`insert into users (id, email, username, password_hash, privacy_consent)
        values (${userId}, 'legacy.person@example.com', 'Legacy Name', ${await hashPassword(password)}, true)`,
    sql`insert into journal_entries (id, user_id, hlc, client_id, mood, text, tags, occurred_at)
        values (${envelope(entryId)}, 6, ${await seal('legacy diary line', entryId)},
                '["legacy-tag"]'::jsonb, '2026-01-01T08:00:00Z')`,
    sql`insert into sessions (id, user_id, hlc, client_id, started_at, topic, notes)
        values (${envelope(sessionId)}, '2026-01-01T09:00:00Z', 'legacy topic', 'legacy notes')`,
    sql`insert into messages (id, user_id, hlc, client_id, session_id, sender, content, created_at)
        values (${envelope(messageId)}, ${sessionId}, 'user',
                ${await seal('legacy message', messageId)}, '2026-01-01T09:01:00Z')`,
    sql`insert into emotion_logs (id, user_id, hlc, client_id, session_id, recorded_at,
                                  hidden_stress_detected, face_features, text_keywords)
        values (${envelope(logId)}, ${sessionId}, '2026-01-01T09:02:00Z', false,
                '{"expression": "legacy label", "blink_rate": 0.3}'::jsonb, '["legacy-word"]'::jsonb)`,
  ];
  return { statements, ids: { userId, entryId, sessionId, messageId, logId } };
}

interface PreviousVersionDatabase {
  target: DatabaseTarget;
  /** Builds the database at migration 0000 and runs `statements` in it. */
  fill(statements: SQL[]): Promise<void>;
  dispose(): Promise<void>;
}

async function embeddedAtPrevious(migrations: string): Promise<PreviousVersionDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'rivion-legacy-'));
  return {
    target: { kind: 'embedded', dataDir },
    async fill(statements) {
      const client = await PGlite.create(join(dataDir, 'pglite'));
      const db = drizzlePglite({ client });
      await migratePglite(db, { migrationsFolder: migrations });
      for (const statement of statements) await db.execute(statement);
      await client.close();
    },
    dispose: () => rm(dataDir, { recursive: true, force: true }),
  };
}

async function serverAtPrevious(migrations: string): Promise<PreviousVersionDatabase> {
  const { url, dispose } = await createThrowawayDatabase();
  return {
    target: { kind: 'server', url, migrate: true },
    async fill(statements) {
      const client = postgres(url, { max: 1, onnotice: () => {} });
      const db = drizzlePostgres({ client });
      await migratePostgres(db, { migrationsFolder: migrations });
      for (const statement of statements) await db.execute(statement);
      await client.end();
    },
    dispose,
  };
}

describe.each([
  ['embedded start', embeddedAtPrevious],
  ['db:migrate on PostgreSQL', serverAtPrevious],
] as const)('encrypting what the previous version stored, at %s', (_name, atPrevious) => {
  let migrations: string;
  let previous: PreviousVersionDatabase;
  beforeAll(async () => {
    migrations = await migrationsUpTo(1);
    previous = await atPrevious(migrations);
  });
  afterAll(async () => {
    await previous.dispose();
    await rm(migrations, { recursive: true, force: true });
  });

  it('leaves no plaintext and no server-key ciphertext, and the person reads it all back', async () => {
    const config = testConfig();
    const { statements, ids } = await legacyRows(config.encryptionKey);
    await previous.fill(statements);

    const keyring = createKeyring(nodeAead, config.encryptionKey);
    const encryption = { aead: nodeAead, serverKey: config.encryptionKey, keyring };
    const database = await openDatabase(previous.target, encryption);
    try {
      const raw = JSON.stringify(
        await Promise.all(
          ['users', 'journal_entries', 'sessions', 'messages', 'emotion_logs'].map((table) =>
            database.db.execute(sql.raw(`select * from ${table}`)),
          ),
        ),
      );
      expect(raw).not.toMatch(/legacy|"v1\./i);

      const app = createApp({ db: database.db, config, aead: nodeAead, keyring });
      const login = await call(app, 'POST', '/api/auth/login', {
        body: { email: 'Legacy.Person@example.com', password },
      });
      expect(login.status).toBe(200);
      const token = login.body.token as string;
      const me = await call(app, 'GET', '/api/auth/me', { token });
      expect(me.body).toMatchObject({
        email: 'legacy.person@example.com',
        username: 'Legacy Name',
      });
      const pulled = await call(app, 'GET', '/api/sync/pull', { token });
      const data = Object.fromEntries(
        (pulled.body.changes as { id: string; data: Record<string, unknown> }[]).map((c) => [
          c.id,
          c.data,
        ]),
      );
      expect(data[ids.entryId]).toMatchObject({ text: 'legacy diary line', tags: ['legacy-tag'] });
      expect(data[ids.sessionId]).toMatchObject({ topic: 'legacy topic', notes: 'legacy notes' });
      expect(data[ids.messageId]).toMatchObject({ content: 'legacy message' });
      expect(data[ids.logId]).toMatchObject({
        face_features: { expression: 'legacy label', blink_rate: 0.3 },
        text_keywords: ['legacy-word'],
        voice_features: null,
      });
      // A second start finds nothing left to do.
      expect(
        await encryptLegacyAccounts(database.db, nodeAead, config.encryptionKey, keyring),
      ).toBe(0);
    } finally {
      await database.close();
    }
    // Two database starts and a password hash: slow on a busy machine.
  }, 120_000);
});
