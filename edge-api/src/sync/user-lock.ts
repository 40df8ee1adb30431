import { sql } from 'drizzle-orm';
import type { Transaction } from '../db/database';

/**
 * Serialises, until the transaction ends, every writer of one person's synced data (push, "delete
 * all my data"). Server_seq values are taken from the sequence while the lock is held, so one
 * person's rows become visible in server_seq order. Without it, two overlapping pushes could commit
 * seq 8 before seq 7; a pull in between would move its cursor to 8 and never see 7.
 */
export async function lockUserData(tx: Transaction, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${userId}, 0))`);
}
