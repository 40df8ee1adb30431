/** The signed-in account as this device remembers it. */
import type { RivionDb } from './db';
import { readMeta, writeMeta } from './meta';
import { ACCOUNT_META_KEYS, type AuthSession } from './meta-values';
import { unsyncedRecordCounts } from './unsynced';
import { wipeLocalData } from './wipe';
import type { SyncTable } from '../../../core/sync/constants';

/**
 * The device holds changes of the account signed in before that never reached RIVION: a sign-in
 * to another account would remove them, so it waits for the person to say so.
 */
export class OtherAccountUnsyncedError extends Error {
  constructor(
    readonly counts: Partial<Record<SyncTable, number>>,
    /** The new sign-in, kept so confirming does not need a second login. */
    readonly session: AuthSession,
  ) {
    super('This device holds unsynced changes of another account');
    this.name = 'OtherAccountUnsyncedError';
  }
}

/**
 * Remembers a fresh sign-in. Records left by a different account are dropped first: the outbox
 * would otherwise push one person's journal into another person's account. If some of them never
 * reached RIVION, that needs `removeOtherAccountsUnsynced` (the person's explicit yes); without it
 * this throws OtherAccountUnsyncedError and changes nothing.
 */
export async function startSession(
  db: RivionDb,
  session: AuthSession,
  { removeOtherAccountsUnsynced = false }: { removeOtherAccountsUnsynced?: boolean } = {},
): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const owner = await readMeta(db, 'data_owner');
    if (owner !== undefined && owner !== session.user_id) {
      const counts = await unsyncedRecordCounts(db);
      if (Object.keys(counts).length > 0 && !removeOtherAccountsUnsynced) {
        throw new OtherAccountUnsyncedError(counts, session);
      }
      await wipeLocalData(db, ACCOUNT_META_KEYS);
    }
    await writeMeta(db, 'data_owner', session.user_id);
    // Only the tokens: the sign-in answer carries more (expires_in) that is not worth keeping.
    const { user_id, token, refresh_token } = session;
    await writeMeta(db, 'session', { user_id, token, refresh_token });
  });
}

/** Forgets the tokens; with `removeLocalCopy` also every record, so the device keeps nothing. */
export async function endSession(db: RivionDb, { removeLocalCopy }: { removeLocalCopy: boolean }) {
  if (removeLocalCopy) await wipeLocalData(db, ACCOUNT_META_KEYS);
  else await db.meta.delete('session');
}
