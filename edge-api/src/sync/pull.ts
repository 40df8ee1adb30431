/** Reads a person's changes after a cursor, in server_seq order across all synced tables. */
import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PullResponse, SyncTable } from '../../../core/sync/protocol';
import type { Database } from '../db/database';
import type { Services } from '../services';
import { syncTableEntries } from './data-tables';
import { rowToChange, type SyncRowValues } from './records';

/** Columns a change is made from; server_seq travels beside the row, updated_at stays home. */
const SKIPPED_COLUMNS = new Set(['server_seq', 'updated_at']);

/**
 * One table's rows as JSON objects keyed by column name. Instants are written in UTC here, so the
 * session's time zone cannot change how they read.
 */
function rowObject(table: (typeof syncTableEntries)[number][1]): SQL {
  const pairs = Object.entries(getTableColumns(table))
    .filter(([name]) => !SKIPPED_COLUMNS.has(name))
    .map(([name, column]) =>
      column.getSQLType().startsWith('timestamp')
        ? sql`${name}::text, to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
        : sql`${name}::text, ${column}`,
    );
  return sql`jsonb_build_object(${sql.join(pairs, sql`, `)})`;
}

interface PulledRow {
  epoch: number;
  reset_hlc: string | null;
  data_key: string | null;
  table: SyncTable | null;
  seq: string | null;
  row: SyncRowValues | null;
}

/**
 * Rows of every synced table, the epoch and the reset point in ONE statement: a statement sees one
 * snapshot, so a "delete all my data" committing meanwhile cannot hand out old rows labelled with
 * the new epoch, and no transaction round trips are needed. Each branch reads its table's
 * (user_id, server_seq) index up to limit + 1 rows: enough to fill the page and to know whether
 * more exist.
 */
export function pullStatement(userId: string, after: bigint, limit: number): SQL {
  const branches = syncTableEntries.map(
    ([name, table]) =>
      // The page's ids first, then the row objects for those alone: built in the same scan, every
      // row after the cursor was turned into JSON before the sort and limit threw most away.
      sql`(select ${name}::text as "table", ${table.server_seq} as server_seq, ${rowObject(table)} as row
        from ${table} where ${table.id} in (
          select ${table.id} from ${table} where ${table.user_id} = ${userId} and ${table.server_seq} > ${after}
          order by ${table.server_seq} limit ${limit + 1}))`,
  );
  return sql`with page as (${sql.join(branches, sql` union all `)})
    select u.data_epoch as epoch, u.data_reset_hlc as reset_hlc, u.data_key,
      p."table", p.server_seq::text as seq, p.row
    from users u
    left join lateral (select * from page order by server_seq limit ${limit + 1}) p on true
    where u.id = ${userId}
    order by p.server_seq`;
}

/** postgres.js answers with the rows, PGlite with `{ rows }`. */
async function query<T>(db: Database, statement: SQL): Promise<T[]> {
  const result = (await db.execute(statement)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

export async function pullChanges(
  services: Services,
  userId: string,
  cursor: string,
  limit: number,
): Promise<PullResponse> {
  const after = BigInt(cursor);
  const rows = await query<PulledRow>(services.db, pullStatement(userId, after, limit));
  const first = rows[0]!;
  const cipher = await services.keyring.cipherFor(userId, first.data_key);
  const found = rows.filter((row) => row.table !== null && row.row !== null);
  const page = found.slice(0, limit);
  return {
    changes: await Promise.all(page.map((row) => rowToChange(row.table!, row.row!, cipher))),
    cursor: page.at(-1)?.seq ?? after.toString(),
    has_more: found.length > limit,
    epoch: first.epoch,
    server_time: services.now().getTime(),
    reset_hlc: first.reset_hlc,
  };
}
