/** The signed-in account as this device remembers it. */
import type { RivionDb } from './db';
import { readMeta, writeMeta } from './meta';
import { ACCOUNT_META_KEYS, type AuthSession } from './meta-values';
import { wipeLocalData } from './wipe';

/**
 * Remembers a fresh sign-in. Records left by a different account are dropped first: the outbox
 * would otherwise push one person's journal into another person's account.
 */
export async function startSession(db: RivionDb, session: AuthSession): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    const owner = await readMeta(db, 'data_owner');
    if (owner !== undefined && owner !== session.user_id) {
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
