/** The words on a person's users row, encrypted like their records (record id = user id). */
import type { UserCipher } from './keyring';

export const PROFILE_TEXT_FIELDS = ['email', 'username', 'first_name', 'last_name'] as const;
type ProfileText = Partial<Record<(typeof PROFILE_TEXT_FIELDS)[number], string | null>>;

async function mapProfile<T extends ProfileText>(
  row: T,
  userId: string,
  convert: (value: string, userId: string, field: string) => Promise<string>,
): Promise<T> {
  const out: ProfileText = { ...row };
  for (const field of PROFILE_TEXT_FIELDS) {
    const value = row[field];
    if (typeof value === 'string') out[field] = await convert(value, userId, field);
  }
  return out as T;
}

export const sealProfile = <T extends ProfileText>(cipher: UserCipher, userId: string, row: T) =>
  mapProfile(row, userId, (value, id, field) => cipher.encrypt(value, id, field));

export const openProfile = <T extends ProfileText>(cipher: UserCipher, userId: string, row: T) =>
  mapProfile(row, userId, (value, id, field) => cipher.decrypt(value, id, field));
