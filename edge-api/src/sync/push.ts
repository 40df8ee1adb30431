/**
 * Stores a batch of changes: last writer wins per record on the hybrid logical clock, and a record
 * belongs forever to the account that first stored it. Each change is judged on its own: one that
 * breaks a limit, is stamped too far ahead, reuses a timestamp or predates a reset is refused with
 * a sentence, and the others are stored.
 */
import { eq, inArray, sql } from 'drizzle-orm';
import { MAX_CLOCK_AHEAD_MS } from '../../../core/sync/constants';
import { compareHlc, parseHlc } from '../../../core/sync/hlc';
import {
  parseChange,
  type ChangeEnvelope,
  type PushRequest,
  type PushResponse,
  type Rejection,
  type SyncChange,
  type SyncTable,
} from '../../../core/sync/protocol';
import type { UserCipher } from '../crypto/keyring';
import type { Transaction } from '../db/database';
import { users } from '../db/schema';
import { ApiError } from '../errors';
import type { Services } from '../services';
import { syncTables } from './data-tables';
import { changeToRow, rowToChange, sameChange, type StoredSyncRow } from './records';
import { lockUserData } from './user-lock';

type Outcome = 'applied' | 'superseded' | Rejection;

const refusal = (code: Rejection['code'], message: string) => ({ code, message }) as Rejection;
const FORBIDDEN = refusal('forbidden', 'This record belongs to another account.');
const HLC_REUSED = refusal(
  'hlc_reused',
  'This change carries the timestamp of another version of the record; save it again.',
);

/** The response, and the server_seq of the last row written (for the live nudge), if any. */
export interface PushResult {
  response: PushResponse;
  lastSeq: bigint | null;
}

export async function pushChanges(
  services: Services,
  userId: string,
  request: PushRequest,
): Promise<PushResult> {
  return services.db.transaction(async (tx) => {
    await lockUserData(tx, userId);
    const [user] = await tx
      .select({
        epoch: users.data_epoch,
        consent: users.privacy_consent,
        resetHlc: users.data_reset_hlc,
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

    const now = services.now().getTime();
    const outcomes = new Map<ChangeEnvelope, Outcome>();
    const valid = new Map<ChangeEnvelope, SyncChange>();
    for (const envelope of request.changes) {
      const problem = precheck(envelope, now, user.resetHlc);
      if (problem) outcomes.set(envelope, problem);
      else {
        const parsed = parseChange(envelope);
        if (parsed.ok) valid.set(envelope, parsed.change);
        else outcomes.set(envelope, refusal('invalid', parsed.message));
      }
    }

    const cipher = await services.keyring.cipherFor(userId, user.dataKey);
    const context = { services, tx, userId, clientId: request.client_id, cipher };
    const current = new Map<string, SyncChange>();
    let lastSeq: bigint | null = null;
    for (const table of Object.keys(syncTables) as SyncTable[]) {
      const changes = [...valid].filter(([, change]) => change.table === table);
      if (changes.length === 0) continue;
      const seq = await pushTable(context, table, changes, outcomes, current);
      if (seq !== null && (lastSeq === null || seq > lastSeq)) lastSeq = seq;
    }

    const response: PushResponse = {
      applied: [],
      superseded: [],
      current: [...current.values()],
      rejected: [],
      server_time: services.now().getTime(),
    };
    for (const envelope of request.changes) {
      const outcome = outcomes.get(envelope)!;
      if (typeof outcome === 'string') response[outcome].push(envelope.id);
      else response.rejected.push({ ...outcome, id: envelope.id });
    }
    return { response, lastSeq };
  });
}

/** The checks that need no stored row: the clock and the reset point. */
function precheck(change: ChangeEnvelope, now: number, resetHlc: string | null): Outcome | null {
  if (parseHlc(change.hlc).wallMs - now > MAX_CLOCK_AHEAD_MS) {
    return refusal(
      'clock_ahead',
      "This change is stamped ahead of the server's clock; the device's clock may be wrong.",
    );
  }
  if (resetHlc !== null && compareHlc(change.hlc, resetHlc) <= 0) {
    return refusal(
      'data_reset',
      'This change was made before all data of this account was deleted.',
    );
  }
  return null;
}

interface PushContext {
  services: Services;
  tx: Transaction;
  userId: string;
  clientId: string;
  cipher: UserCipher;
}

/**
 * One read (two when a timestamp meets its stored twin or loses) and at most one write per table,
 * whatever the batch size. Returns the last server_seq written.
 */
async function pushTable(
  { services, tx, userId, clientId, cipher }: PushContext,
  tableName: SyncTable,
  changes: [ChangeEnvelope, SyncChange][],
  outcomes: Map<ChangeEnvelope, Outcome>,
  current: Map<string, SyncChange>,
): Promise<bigint | null> {
  const table = syncTables[tableName];
  // Postgres prints uuids in lower case; clients may send either.
  const key = (id: string) => id.toLowerCase();
  const stored = await tx
    .select({ id: table.id, user_id: table.user_id, hlc: table.hlc })
    .from(table)
    .where(
      inArray(
        table.id,
        changes.map(([, change]) => change.id),
      ),
    );
  const latest = new Map(stored.map((row) => [row.id, row.hlc]));
  const owners = new Map(stored.map((row) => [row.id, row.user_id]));

  // Stored versions are read in full only where they decide: an equal timestamp (same data?) or a
  // lost change (the winner goes back to the client).
  const needFull = changes
    .filter(([, change]) => {
      const hlc = latest.get(key(change.id));
      return owners.get(key(change.id)) === userId && hlc !== undefined && change.hlc <= hlc;
    })
    .map(([, change]) => key(change.id));
  const storedVersions = new Map<string, SyncChange>();
  if (needFull.length > 0) {
    const rows = (await tx
      .select()
      .from(table)
      .where(inArray(table.id, needFull))) as unknown as StoredSyncRow[];
    for (const row of rows) storedVersions.set(row.id, await rowToChange(tableName, row, cipher));
  }

  // In order, so a later edit of the same record in this batch wins over an earlier one.
  const winners = new Map<string, SyncChange>();
  const lost: string[] = [];
  for (const [envelope, change] of changes) {
    const id = key(change.id);
    const owner = owners.get(id);
    const hlc = latest.get(id);
    const version = winners.get(id) ?? storedVersions.get(id);
    let outcome: Outcome = 'applied';
    if (owner !== undefined && owner !== userId) outcome = FORBIDDEN;
    else if (hlc !== undefined && compareHlc(change.hlc, hlc) < 0) {
      outcome = 'superseded';
      lost.push(id);
    } else if (hlc === change.hlc) {
      // A repeated delivery of what is stored is applied again; different data under the same
      // timestamp would be lost without a word if it were reported applied.
      if (!version || !sameChange(version, change)) outcome = HLC_REUSED;
    } else {
      latest.set(id, change.hlc);
      owners.set(id, userId);
      winners.set(id, change);
    }
    outcomes.set(envelope, outcome);
  }
  for (const id of lost) current.set(id, winners.get(id) ?? storedVersions.get(id)!);
  if (winners.size === 0) return null;

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
    .returning({ id: table.id, server_seq: table.server_seq });

  const writtenIds = new Set(written.map((row) => row.id));
  for (const [envelope, change] of changes) {
    const winner = winners.get(key(change.id));
    if (winner && !writtenIds.has(key(change.id))) outcomes.set(envelope, FORBIDDEN);
  }
  return written.reduce<bigint | null>(
    (last, row) => (last === null || row.server_seq > last ? row.server_seq : last),
    null,
  );
}
