/** "Delete all my data": the synced records go, the account stays, every device starts afresh. */
import { eq, max, sql } from 'drizzle-orm';
import type { Transaction } from '../db/database';
import { users } from '../db/schema';
import type { Services } from '../services';
import { personalDataTables, syncTableEntries } from './data-tables';
import { nextServerHlc } from './server-stamp';
import { lockUserData } from './user-lock';

/**
 * Deletes the person's data and records the reset point: the epoch goes up (devices holding the
 * old one get 409 data_reset instead of pushing it all back) and `data_reset_hlc` marks the moment,
 * so changes another device writes offline after it survive while everything stamped before goes.
 * The point is after every deleted record's timestamp too, so a record stamped slightly ahead of
 * the server's clock (within the drift limit) cannot come back from a device that still holds it.
 */
export async function deleteAllData(
  tx: Transaction,
  services: Services,
  userId: string,
): Promise<{ epoch: number; resetHlc: string }> {
  await lockUserData(tx, userId);
  const latest: (string | null)[] = [];
  for (const [, table] of syncTableEntries) {
    const [row] = await tx
      .select({ latest: max(table.hlc) })
      .from(table)
      .where(eq(table.user_id, userId));
    latest.push(row?.latest ?? null);
  }
  const resetHlc = nextServerHlc(services.now().getTime(), latest);
  for (const table of personalDataTables) await tx.delete(table).where(eq(table.user_id, userId));
  const [user] = await tx
    .update(users)
    .set({
      data_epoch: sql`${users.data_epoch} + 1`,
      data_reset_hlc: resetHlc,
      updated_at: services.now(),
    })
    .where(eq(users.id, userId))
    .returning({ epoch: users.data_epoch });
  return { epoch: user!.epoch, resetHlc };
}
