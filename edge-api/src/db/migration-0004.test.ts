/**
 * Migration 0004 turns the server-only feedback table into a synced one. A row the previous
 * version could hold is kept with a clock value made from its created_at; one the new schema
 * cannot express is removed; the conversation tables gain their new nullable columns.
 */
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc } from '../../../core/sync/hlc';
import { MIGRATIONS_FOLDER } from '../node/database';
import { migrationsUpTo } from '../testing/migrations';

let client: PGlite;
let previous: string;
const userId = randomUUID();
const sessionId = randomUUID();
const kept = randomUUID();
const dropped = randomUUID();

beforeAll(async () => {
  previous = await migrationsUpTo(4);
  client = await PGlite.create();
  await migrate(drizzle({ client }), { migrationsFolder: previous });
  await client.query(
    `insert into users (id, email, username, password_hash) values ($1, 'x', 'y', 'z')`,
    [userId],
  );
  await client.query(
    `insert into sessions (id, user_id, hlc, client_id, started_at)
     values ($1, $2, '0000000000001-0000-old', 'old', '2026-01-01T09:00:00Z')`,
    [sessionId, userId],
  );
  await client.query(
    `insert into feedback (id, user_id, session_id, suggestion_type, was_helpful, rating, user_comment, created_at)
     values ($1, $2, $3, 'box_breathing', true, 4, 'plain words', '2026-01-02T03:04:05.678Z'),
            ($4, $2, $3, 'breathing_exercise', null, 2, null, '2026-01-02T03:04:05Z')`,
    [kept, userId, sessionId, dropped],
  );
  await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
});

afterAll(async () => {
  await client.close();
  await rm(previous, { recursive: true, force: true });
});

describe('migration 0004', () => {
  it('keeps a feedback row the synced schema can express, stamped from its created_at', async () => {
    const { rows } = await client.query<Record<string, unknown>>(
      `select id, hlc, client_id, deleted, server_seq, session_id, was_helpful, rating, comment
       from feedback`,
    );
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      id: kept,
      hlc: formatHlc({
        wallMs: Date.parse('2026-01-02T03:04:05.678Z'),
        counter: 0,
        node: 'migrated',
      }),
      client_id: 'server',
      deleted: false,
      session_id: sessionId,
      was_helpful: true,
      rating: 4,
      // Plain text cannot be encrypted in SQL, so the old comment does not survive.
      comment: null,
    });
    expect(BigInt(row!.server_seq as string)).toBeGreaterThan(0n);
  });

  it('drops the plain-text comment column', async () => {
    const { rows } = await client.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'feedback'`,
    );
    expect(rows.map((row) => row.column_name)).not.toContain('user_comment');
  });

  it('adds the report scores to emotion logs, suggestions to messages, summaries to sessions', async () => {
    const { rows } = await client.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns
       where table_name in ('emotion_logs', 'messages', 'sessions') and is_nullable = 'YES'`,
    );
    const columns = rows.map((row) => `${row.table_name}.${row.column_name}`);
    expect(columns).toEqual(
      expect.arrayContaining([
        'emotion_logs.face_arousal',
        'emotion_logs.face_valence',
        'emotion_logs.voice_stress',
        'emotion_logs.voice_tone',
        'emotion_logs.text_sentiment',
        'emotion_logs.text_risk_level',
        'messages.suggestion',
        'sessions.summary',
      ]),
    );
    const { rows: session } = await client.query(`select summary from sessions`);
    expect(session).toEqual([{ summary: null }]);
  });
});
