/**
 * The first at-rest format, `v1.<base64 iv + ciphertext + tag>`: journal text and messages under
 * the server key itself, with `userId:recordId` as additional data. Only read now, by the data step
 * that moves old rows under each person's own key (crypto/user-data.ts); keyring.ts writes `v2`.
 */
import type { Aead } from './aead';

const LEGACY_VERSION = 'v1.';

export function openLegacyText(
  aead: Aead,
  serverKey: Uint8Array,
  stored: string,
  userId: string,
  recordId: string,
): Promise<string> {
  if (!stored.startsWith(LEGACY_VERSION)) throw new Error('unknown ciphertext format');
  return aead
    .open(serverKey, stored.slice(LEGACY_VERSION.length), `${userId}:${recordId}`)
    .then((plain) => new TextDecoder().decode(plain));
}

/** Writes the old format, for tests of the data step only. */
export async function sealLegacyText(
  aead: Aead,
  serverKey: Uint8Array,
  plaintext: string,
  userId: string,
  recordId: string,
): Promise<string> {
  return `${LEGACY_VERSION}${await aead.seal(serverKey, plaintext, `${userId}:${recordId}`)}`;
}
