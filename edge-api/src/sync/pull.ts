/** Reads a person's changes after a cursor, in server_seq order across all synced tables. */
import { and, asc, eq, gt } from 'drizzle-orm';
import type { PullResponse, SyncTable } from '../../../core/sync/protocol';
import { users } from '../db/schema';
import type { Services } from '../services';
import { syncTableEntries } from './data-tables';
import { rowToChange, type StoredSyncRow } from './records';

export async function pullChanges(
  services: Services,
  userId: string,
  cursor: string,
  limit: number,
): Promise<PullResponse> {
  const after = BigInt(cursor);
  // One snapshot for the rows and the epoch, so a "delete all my data" committing in between
  // cannot hand out old rows labelled with the new epoch.
  const { rows, epoch, dataKey } = await services.db.transaction(
    async (tx) => {
      const rows: { table: SyncTable; row: StoredSyncRow }[] = [];
      for (const [name, table] of syncTableEntries) {
        // limit + 1 from each table is enough to fill the page and to know whether more exist.
        const page = await tx
          .select()
          .from(table)
          .where(and(eq(table.user_id, userId), gt(table.server_seq, after)))
          .orderBy(asc(table.server_seq))
          .limit(limit + 1);
        rows.push(...page.map((row) => ({ table: name, row })));
      }
      const [user] = await tx
        .select({ epoch: users.data_epoch, dataKey: users.data_key })
        .from(users)
        .where(eq(users.id, userId));
      return { rows, epoch: user!.epoch, dataKey: user!.dataKey };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );

  const cipher = await services.keyring.cipherFor(userId, dataKey);
  rows.sort((a, b) => (a.row.server_seq < b.row.server_seq ? -1 : 1));
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    changes: await Promise.all(page.map(({ table, row }) => rowToChange(table, row, cipher))),
    cursor: (last ? last.row.server_seq : after).toString(),
    has_more: rows.length > limit,
    epoch,
  };
}
