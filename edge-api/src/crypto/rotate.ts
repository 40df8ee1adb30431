/**
 * Server key rotation (`npm run keys:rotate`): every data key is unwrapped with the old server key
 * and wrapped with the new one, and the email blind index is recomputed, since its key is derived
 * from the server key too (so a retired key cannot even tell whether an address has an account).
 * The records stay as they are: they are encrypted under the data keys, which do not change.
 * One transaction per account, and accounts already under the new key are skipped, so a run that
 * was interrupted is simply run again.
 */
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import type { Database } from '../db/database';
import { users } from '../db/schema';
import type { Keyring } from './keyring';

/** Returns how many accounts it moved to the new key. */
export async function rotateServerKey(db: Database, from: Keyring, to: Keyring): Promise<number> {
  let rotated = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await db
      .select({ id: users.id })
      .from(users)
      .where(and(gt(users.id, after), isNotNull(users.data_key)))
      .orderBy(asc(users.id))
      .limit(100);
    if (batch.length === 0) return rotated;
    for (const { id } of batch) {
      after = id;
      const moved = await db.transaction(async (tx) => {
        const [user] = await tx
          .select({ wrapped: users.data_key, email: users.email })
          .from(users)
          .where(eq(users.id, id))
          .for('update');
        if (!user?.wrapped || (await to.wraps(user.wrapped))) return false;
        const email = await (
          await from.cipherFor(id, user.wrapped)
        ).decrypt(user.email, id, 'email');
        await tx
          .update(users)
          .set({
            data_key: await to.wrap(id, await from.unwrap(id, user.wrapped)),
            email_index: await to.emailIndex(email),
          })
          .where(eq(users.id, id));
        return true;
      });
      if (moved) rotated += 1;
    }
  }
}
