/** Reads a stopped server's embedded database directly, to check what it really holds. */
import { PGlite } from '@electric-sql/pglite';
import { join } from 'node:path';

/** Counts rows, in every table, whose text form mentions any of the needles. */
export async function rowsMentioning(dataDir: string, needles: string[]): Promise<number> {
  const db = new PGlite(join(dataDir, 'pglite'));
  try {
    const tables = await db.query<{ name: string }>(
      `SELECT quote_ident(table_name) AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    let total = 0;
    for (const { name } of tables.rows) {
      const conditions = needles
        .map((_, i) => `t::text ILIKE '%' || $${i + 1} || '%'`)
        .join(' OR ');
      const result = await db.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM ${name} t WHERE ${conditions}`,
        needles,
      );
      total += result.rows[0]?.count ?? 0;
    }
    return total;
  } finally {
    await db.close();
  }
}
