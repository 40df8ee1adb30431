/** Pull's one statement reads each synced table through its (user_id, server_seq) index. */
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SYNC_TABLES } from '../../../core/sync/constants';
import { useTestBackend } from '../testing/harness';
import { pullStatement } from './pull';

describe('pull on postgres', () => {
  const backend = useTestBackend('postgres');

  it('uses the per-user sequence index of every synced table', async () => {
    // Many people with a few hundred records each, so a scan would cost more than the index.
    await backend.db.execute(sql`
      insert into users (id, email, username, password_hash)
      select ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid, n || '@example.com', 'x', 'x'
      from generate_series(1, 200) n`);
    for (const table of SYNC_TABLES) {
      await backend.db.execute(
        sql.raw(`insert into ${table} (id, user_id, hlc, client_id)
          select gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad((n % 200 + 1)::text, 12, '0'))::uuid,
            '0000000000a-0000-x', 'device'
          from generate_series(1, 40000) n`),
      );
      await backend.db.execute(sql.raw(`analyze ${table}`));
    }
    const userId = '00000000-0000-4000-8000-000000000007';
    // A device that is nearly caught up, as most pulls are: a few new rows after its cursor.
    const [row] = (await backend.db.execute(
      sql`select max(server_seq)::text as latest from ${sql.identifier(SYNC_TABLES.at(-1)!)}`,
    )) as unknown as { latest: string }[];
    const statement = pullStatement(userId, BigInt(row!.latest) - 4000n, 500);
    const result = (await backend.db.execute(sql`explain ${statement}`)) as unknown as {
      'QUERY PLAN': string;
    }[];
    const plan = result.map((row) => row['QUERY PLAN']).join('\n');
    for (const table of SYNC_TABLES) expect(plan).toContain(`${table}_user_seq_idx`);
    expect(plan).not.toMatch(new RegExp(`Seq Scan on (${SYNC_TABLES.join('|')})`));
  });
});
