/**
 * Moving a person's stored words from one key to another, inside one transaction: a fresh data key
 * on "delete all my data", and the data step that encrypts rows written before encryption at rest.
 */
import { eq, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '../db/database';
import { users } from '../db/schema';
import { syncTableEntries } from '../sync/data-tables';
import { ENCRYPTED_FIELDS } from '../sync/records';
import { lockUserData } from '../sync/user-lock';
import type { Aead } from './aead';
import { openLegacyText } from './cipher';
import type { Keyring, UserCipher } from './keyring';
import { PROFILE_TEXT_FIELDS, openProfile, sealProfile } from './profile';

/** A stored value of one field back to its plaintext (for `json` fields, the JSON text). */
type ReadStored = (value: string, recordId: string, field: string) => Promise<string>;

/** Re-encrypts every encrypted field of a person's synced rows under `to`. */
async function reencryptRows(tx: Transaction, userId: string, read: ReadStored, to: UserCipher) {
  for (const [name, table] of syncTableEntries) {
    const fields = Object.keys(ENCRYPTED_FIELDS[name]);
    const rows = (await tx.select().from(table).where(eq(table.user_id, userId))) as Record<
      string,
      unknown
    >[];
    for (const row of rows) {
      const id = row.id as string;
      const update: Record<string, string> = {};
      for (const field of fields) {
        const value = row[field];
        if (typeof value === 'string') {
          update[field] = await to.encrypt(await read(value, id, field), id, field);
        }
      }
      if (Object.keys(update).length > 0)
        await tx.update(table).set(update).where(eq(table.id, id));
    }
  }
}

const profileColumns = Object.fromEntries(
  PROFILE_TEXT_FIELDS.map((field) => [field, users[field]]),
) as { [F in (typeof PROFILE_TEXT_FIELDS)[number]]: (typeof users)[F] };

/**
 * Gives a person a new data key, so every copy encrypted under the old one (WAL, dead tuples,
 * backups) dies with it. What is still stored (the profile, rows a caller kept) moves to the new key.
 */
export async function replaceDataKey(tx: Transaction, keyring: Keyring, userId: string) {
  const [user] = await tx
    .select({ data_key: users.data_key, ...profileColumns })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  if (!user) return;
  const { data_key, ...sealed } = user;
  const old = await keyring.cipherFor(userId, data_key);
  const fresh = await keyring.newDataKey(userId);
  await reencryptRows(
    tx,
    userId,
    (value, id, field) => old.decrypt(value, id, field),
    fresh.cipher,
  );
  const profile = await sealProfile(fresh.cipher, userId, await openProfile(old, userId, sealed));
  await tx
    .update(users)
    .set({ ...profile, data_key: fresh.wrapped })
    .where(eq(users.id, userId));
}

/** The fields the first at-rest format encrypted under the server key; the rest was plain text. */
const LEGACY_ENCRYPTED = new Set(['text', 'content']);

/**
 * The data step of migration 0001 (SQL cannot encrypt: it has no key). Accounts without a data key
 * were stored before encryption at rest: each gets its key, its email index and its words
 * encrypted, one transaction per account, so an interrupted run resumes where it stopped.
 * Returns how many accounts it converted.
 */
export async function encryptLegacyAccounts(
  db: Database,
  aead: Aead,
  serverKey: Uint8Array,
  keyring: Keyring,
): Promise<number> {
  let converted = 0;
  for (;;) {
    const batch = await db
      .select({ id: users.id })
      .from(users)
      .where(isNull(users.data_key))
      .limit(100);
    if (batch.length === 0) return converted;
    for (const { id: userId } of batch) {
      await db.transaction(async (tx) => {
        await lockUserData(tx, userId);
        const [user] = await tx
          .select({ data_key: users.data_key, ...profileColumns })
          .from(users)
          .where(eq(users.id, userId));
        if (!user || user.data_key) return; // done by another run meanwhile
        const { data_key: _none, ...plain } = user;
        const fresh = await keyring.newDataKey(userId);
        const read: ReadStored = (value, recordId, field) =>
          LEGACY_ENCRYPTED.has(field)
            ? openLegacyText(aead, serverKey, value, userId, recordId)
            : Promise.resolve(value);
        await reencryptRows(tx, userId, read, fresh.cipher);
        await tx
          .update(users)
          .set({
            ...(await sealProfile(fresh.cipher, userId, plain)),
            email_index: await keyring.emailIndex(plain.email),
            data_key: fresh.wrapped,
          })
          .where(eq(users.id, userId));
      });
      converted += 1;
    }
  }
}
