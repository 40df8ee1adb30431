import { sql } from 'drizzle-orm';
import { bigint, boolean, index, pgSequence, text, uuid, type PgColumn } from 'drizzle-orm/pg-core';
import { updatedAt } from './timestamps';
import { users } from './users';

/**
 * One sequence for every synced table, so a single cursor orders a person's changes across all of
 * them. Values are handed out under a per-user lock (see sync/push.ts).
 */
export const syncSeq = pgSequence('sync_seq');

/**
 * The envelope every synced record carries. Content columns of synced tables are nullable because
 * a tombstone (deleted = true) keeps no content.
 */
export const syncEnvelope = () => ({
  /** Made by the client, so a record keeps its id on every device and across retries. */
  id: uuid().primaryKey(),
  user_id: uuid()
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  hlc: text().notNull(),
  client_id: text().notNull(),
  deleted: boolean().notNull().default(false),
  server_seq: bigint({ mode: 'bigint' })
    .notNull()
    .default(sql`nextval('sync_seq')`),
  updated_at: updatedAt(),
});

/** Pull reads a person's rows in server_seq order; the second index serves date-range queries. */
export function syncIndexes(
  name: string,
  table: { user_id: PgColumn; server_seq: PgColumn },
  occurredAt: PgColumn,
) {
  return [
    index(`${name}_user_seq_idx`).on(table.user_id, table.server_seq),
    index(`${name}_user_time_idx`).on(table.user_id, occurredAt),
  ];
}
