/**
 * Migrations are released once and never edited, so the schema in code and the SQL in drizzle/
 * must not drift: generating again from the schema must find nothing to do. And applying them to
 * an empty database must give the tables and hot-path indexes the app relies on.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { describe, expect, it } from 'vitest';
import { SYNC_TABLES } from '../../../core/sync/constants';
import { MIGRATIONS_FOLDER } from '../node/database';

const run = promisify(execFile);

describe('drizzle migrations', () => {
  it('match the schema in code (generating again finds no change)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'rivion-migrations-'));
    try {
      await cp(MIGRATIONS_FOLDER, out, { recursive: true });
      const before = await readdir(out);
      await run('npx', [
        'drizzle-kit',
        'generate',
        '--dialect=postgresql',
        '--schema=edge-api/src/db/schema.ts',
        `--out=${out}`,
      ]);
      expect(await readdir(out)).toEqual(before);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('build the tables and the per-user sync indexes on an empty database', async () => {
    const client = await PGlite.create();
    try {
      await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
      const tables = await client.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = 'public'`,
      );
      expect(tables.rows.map((row) => row.table_name).sort()).toEqual(
        expect.arrayContaining([
          'audit_log',
          'emotion_logs',
          'emotion_statistics',
          'feedback',
          'journal_entries',
          'messages',
          'preferences',
          'sessions',
          'users',
        ]),
      );
      const indexes = await client.query<{ indexdef: string }>(
        `select indexdef from pg_indexes where schemaname = 'public'`,
      );
      const definitions = indexes.rows.map((row) => row.indexdef).join('\n');
      for (const table of SYNC_TABLES) {
        expect(definitions).toMatch(new RegExp(`ON public\\.${table} .*\\(user_id, server_seq\\)`));
      }
    } finally {
      await client.close();
    }
  });
});
