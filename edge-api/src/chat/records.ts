/**
 * Reading and writing a person's conversation records for the chat routes, as the same synced rows
 * a device pushes: encrypted under the person's key, stamped by the server's clock after any
 * version stored, so the person's devices see them on their next pull (and the server sees theirs).
 */
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import {
  checkSyncData,
  type SyncChange,
  type SyncDataByTable,
  type SyncTable,
} from '../../../core/sync/protocol';
import type { UserCipher } from '../crypto/keyring';
import type { Transaction } from '../db/database';
import { users } from '../db/schema';
import { ApiError } from '../errors';
import type { Services } from '../services';
import { syncTables } from '../sync/data-tables';
import { changeToRow, rowToChange, type SyncRowValues } from '../sync/records';
import { nextServerHlc } from '../sync/server-stamp';
import { lockUserData } from '../sync/user-lock';

/** The client id stored on rows the API wrote for a client that does not sync. */
export const API_CLIENT_ID = 'edge-api';

export const sessionNotFound = () =>
  new ApiError(404, 'not_found', 'No conversation with this id exists in your account');

export interface RecordWrite<T extends SyncTable = SyncTable> {
  table: T;
  id: string;
  data: SyncDataByTable[T];
}

export interface PersonTx {
  tx: Transaction;
  userId: string;
  cipher: UserCipher;
  resetHlc: string | null;
  /** The last server_seq written in this transaction, for the live nudge after it commits. */
  lastSeq: bigint | null;
}

/**
 * Runs `work` in one transaction under the person's sync lock (the same lock push takes), after
 * checking their consent to store data, as push does. Afterwards devices get a live nudge.
 */
export async function withPersonData<R>(
  services: Services,
  userId: string,
  work: (person: PersonTx) => Promise<R>,
): Promise<R> {
  let person: PersonTx | undefined;
  const result = await services.db.transaction(async (tx) => {
    await lockUserData(tx, userId);
    const [user] = await tx
      .select({
        consent: users.privacy_consent,
        dataKey: users.data_key,
        resetHlc: users.data_reset_hlc,
      })
      .from(users)
      .where(eq(users.id, userId));
    if (!user?.consent) {
      throw new ApiError(
        403,
        'consent_required',
        'Saving conversations needs your privacy consent',
      );
    }
    const cipher = await services.keyring.cipherFor(userId, user.dataKey);
    person = { tx, userId, cipher, resetHlc: user.resetHlc, lastSeq: null };
    return work(person);
  });
  if (person?.lastSeq != null) services.syncEvents.publish(userId, person.lastSeq.toString());
  return result;
}

/** Stores records as the server's own edits: each stamped after its stored version and the reset point. */
export async function writeRecords(
  services: Services,
  person: PersonTx,
  writes: RecordWrite[],
): Promise<void> {
  const { tx, userId, cipher, resetHlc } = person;
  for (const { table: name, id, data } of writes) {
    const problem = checkSyncData(name, data as never);
    if (problem) throw new ApiError(400, 'validation_error', problem);
    const table = syncTables[name];
    const [stored] = await tx
      .select({ hlc: table.hlc, user_id: table.user_id })
      .from(table)
      .where(eq(table.id, id));
    if (stored && stored.user_id !== userId) throw sessionNotFound();
    const hlc = nextServerHlc(services.now().getTime(), [stored?.hlc ?? null, resetHlc]);
    const change = { table: name, id, hlc, deleted: false, data } as SyncChange;
    const row = await changeToRow(change, { userId, clientId: API_CLIENT_ID }, cipher);
    const { id: _id, ...columns } = row;
    const [written] = await tx
      .insert(table)
      .values(row)
      .onConflictDoUpdate({
        target: table.id,
        set: { ...columns, server_seq: sql`excluded.server_seq`, updated_at: services.now() },
        setWhere: eq(table.user_id, userId),
      })
      .returning({ server_seq: table.server_seq });
    if (!written) throw sessionNotFound(); // another account stored the id meanwhile
    if (person.lastSeq === null || written.server_seq > person.lastSeq) {
      person.lastSeq = written.server_seq;
    }
  }
}

type Live<T extends SyncTable> = SyncDataByTable[T] & { id: string };

async function openRows<T extends SyncTable>(name: T, rows: unknown[], cipher: UserCipher) {
  const changes = await Promise.all(
    rows.map((row) => rowToChange(name, row as SyncRowValues, cipher)),
  );
  return changes.flatMap((change) =>
    change.deleted ? [] : [{ id: change.id, ...change.data } as unknown as Live<T>],
  );
}

/** The person's live session, or 404 whether it is gone, never existed or is someone else's. */
export async function readSession(person: PersonTx, sessionId: string): Promise<Live<'sessions'>> {
  const table = syncTables.sessions;
  const rows = await person.tx
    .select()
    .from(table)
    .where(
      and(eq(table.id, sessionId), eq(table.user_id, person.userId), eq(table.deleted, false)),
    );
  const [session] = await openRows('sessions', rows, person.cipher);
  if (!session) throw sessionNotFound();
  return session;
}

type SessionRecordTable = 'messages' | 'emotion_logs' | 'feedback';
const OCCURRED_AT = {
  messages: syncTables.messages.created_at,
  emotion_logs: syncTables.emotion_logs.recorded_at,
  feedback: syncTables.feedback.created_at,
} as const;

/** A session's live records of one table, oldest first, at most `limit`. */
export async function readSessionRecords<T extends SessionRecordTable>(
  person: PersonTx,
  name: T,
  sessionId: string,
  limit: number,
): Promise<Live<T>[]> {
  // One table's columns typed loosely: the three tables share the columns used here.
  const table = syncTables[name] as unknown as typeof syncTables.messages;
  const rows = await person.tx
    .select()
    .from(table)
    .where(
      and(
        eq(table.user_id, person.userId),
        eq(table.session_id, sessionId),
        eq(table.deleted, false),
      ),
    )
    .orderBy(asc(OCCURRED_AT[name]), asc(table.server_seq))
    .limit(limit);
  return openRows(name, rows, person.cipher);
}

/** The person's live sessions, newest first, one page, and how many there are. */
export async function listSessions(person: PersonTx, limit: number, offset: number) {
  const table = syncTables.sessions;
  const mine = and(eq(table.user_id, person.userId), eq(table.deleted, false));
  const [rows, [count]] = await Promise.all([
    person.tx
      .select()
      .from(table)
      .where(mine)
      .orderBy(desc(table.started_at), desc(table.id))
      .limit(limit)
      .offset(offset),
    person.tx
      .select({ total: sql<number>`count(*)::int` })
      .from(table)
      .where(mine),
  ]);
  return { sessions: await openRows('sessions', rows, person.cipher), total: Number(count!.total) };
}
