/**
 * Stores a batch of changes: last writer wins per record on the hybrid logical clock, and a record
 * belongs forever to the account that first stored it.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { compareHlc } from '../../../core/sync/hlc';
import type { PushRequest, PushResponse, SyncChange, SyncTable } from '../../../core/sync/protocol';
import type { UserCipher } from '../crypto/keyring';
import type { Transaction } from '../db/database';
import { users } from '../db/schema';
import { ApiError } from '../errors';
import type { Services } from '../services';
import { syncTables } from './data-tables';
import { changeToRow } from './records';
import { lockUserData } from './user-lock';

type Outcome = 'applied' | 'superseded' | 'forbidden';

export async function pushChanges(
  services: Services,
  userId: string,
  request: PushRequest,
): Promise<PushResponse> {
  return services.db.transaction(async (tx) => {
    await lockUserData(tx, userId);
    const [user] = await tx
      .select({
        epoch: users.data_epoch,
        consent: users.privacy_consent,
        dataKey: users.data_key,
      })
      .from(users)
      .where(eq(users.id, userId));
    if (!user?.consent) {
      throw new ApiError(403, 'consent_required', 'Syncing needs your privacy consent');
    }
    if (request.epoch !== user.epoch) {
      throw new ApiError(409, 'data_reset', 'Your data was deleted on another device');
    }

    const cipher = await services.keyring.cipherFor(userId, user.dataKey);

    const outcomes = new Map<SyncChange, Outcome>();
    for (const table of Object.keys(syncTables) as SyncTable[]) {
      const changes = request.changes.filter((change) => change.table === table);
      if (changes.length > 0)
        await pushTable(services, tx, userId, request.client_id, table, changes, outcomes, cipher);
    }

    const response: PushResponse = { applied: [], superseded: [], rejected: [] };
    for (const change of request.changes) {
      const outcome = outcomes.get(change)!;
      if (outcome === 'forbidden') {
        response.rejected.push({
          id: change.id,
          code: 'forbidden',
          message: 'This record belongs to another account',
        });
      } else {
        response[outcome].push(change.id);
      }
    }
    return response;
  });
}

/** One read and at most one write per table, whatever the batch size. */
async function pushTable(
  services: Services,
  tx: Transaction,
  userId: string,
  clientId: string,
  tableName: SyncTable,
  changes: SyncChange[],
  outcomes: Map<SyncChange, Outcome>,
  cipher: UserCipher,
): Promise<void> {
  const table = syncTables[tableName];
  // Postgres prints uuids in lower case; clients may send either.
  const key = (id: string) => id.toLowerCase();
  const stored = await tx
    .select({ id: table.id, user_id: table.user_id, hlc: table.hlc })
    .from(table)
    .where(
      inArray(
        table.id,
        changes.map((change) => change.id),
      ),
    );
  const current = new Map(stored.map((row) => [row.id, row]));

  // In order, so a later edit of the same record in this batch wins over an earlier one.
  const winners = new Map<string, SyncChange>();
  for (const change of changes) {
    const existing = current.get(key(change.id));
    let outcome: Outcome = 'applied';
    if (existing && existing.user_id !== userId) outcome = 'forbidden';
    else if (existing && compareHlc(change.hlc, existing.hlc) < 0) outcome = 'superseded';
    else if (!existing || existing.hlc !== change.hlc) {
      current.set(key(change.id), { id: key(change.id), user_id: userId, hlc: change.hlc });
      winners.set(key(change.id), change);
    } // equal hlc: a repeated delivery of what is stored, nothing to write
    outcomes.set(change, outcome);
  }
  if (winners.size === 0) return;

  const rows = await Promise.all(
    [...winners.values()].map((change) => changeToRow(change, { userId, clientId }, cipher)),
  );
  const columns = Object.keys(rows[0]!).filter((column) => column !== 'id');
  const written = await tx
    .insert(table)
    .values(rows)
    .onConflictDoUpdate({
      target: table.id,
      set: {
        ...Object.fromEntries(columns.map((column) => [column, sql.raw(`excluded."${column}"`)])),
        // The value the insert drew from sync_seq, under the user lock.
        server_seq: sql`excluded.server_seq`,
        updated_at: services.now(),
      },
      // Another account may have stored the same id since the read above (its lock is not ours):
      // never overwrite it. The missing row in `returning` reports the change as forbidden.
      setWhere: eq(table.user_id, sql`excluded.user_id`),
    })
    .returning({ id: table.id });

  const writtenIds = new Set(written.map((row) => row.id));
  for (const change of changes) {
    const winner = winners.get(key(change.id));
    if (winner && !writtenIds.has(key(change.id))) outcomes.set(change, 'forbidden');
  }
}
