/**
 * Crypto-shredding. Each person's words are encrypted under their own random data key, stored on
 * their users row wrapped (AES-256-GCM) by a key derived from the server key RIVION_ENCRYPTION_KEY.
 * Deleting the row destroys the key, so every other copy of the ciphertext (WAL, dead tuples,
 * backups) becomes unreadable; "delete all my data" replaces the key for the same reason.
 *
 * The email is looked up through a blind index: an HMAC of the normalised address under a second
 * key derived from the server key. It changes with the server key (keys:rotate recomputes it), so
 * a retired server key cannot even tell whether an address has an account.
 */
import { KEY_BYTES, type Aead } from './aead';
import { bytesToBase64Url, randomBytes } from './encoding';

/** Stored field ciphertext: `v2.<base64 iv + ciphertext + tag>` under the person's data key. */
const FIELD_VERSION = 'v2';
/** Stored wrapped key: `k1.<server key id>.<base64>`. */
const WRAP_VERSION = 'k1';
const CACHE_ENTRIES = 1000;
const CACHE_MS = 5 * 60_000;

/** Encrypts one person's fields. Record id and field name are bound in, so nothing can be moved. */
export interface UserCipher {
  encrypt(plaintext: string, recordId: string, field: string): Promise<string>;
  decrypt(stored: string, recordId: string, field: string): Promise<string>;
}

export interface Keyring {
  /** Whether a stored key is wrapped under this keyring's server key (see keys:rotate). */
  wraps(wrapped: string): Promise<boolean>;
  /** A fresh data key for a new account or a data reset: the value to store, and its cipher. */
  newDataKey(userId: string): Promise<{ wrapped: string; cipher: UserCipher }>;
  /** The cipher for the data key stored on a person's row (users.data_key). */
  cipherFor(userId: string, wrapped: string | null): Promise<UserCipher>;
  /** The blind index of an email address, for lookup and uniqueness. */
  emailIndex(email: string): Promise<string>;
  /** Drops a person's unwrapped key from memory (account deleted, key replaced). */
  forget(userId: string): void;
  unwrap(userId: string, wrapped: string): Promise<Uint8Array>;
  wrap(userId: string, dataKey: Uint8Array): Promise<string>;
}

/** Lower-case and trimmed, as the API schemas store it, so any spelling finds the account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class KeyError extends Error {
  override name = 'KeyError';
}

export function createKeyring(
  aead: Aead,
  serverKey: Uint8Array,
  now: () => number = Date.now,
): Keyring {
  // Separate keys per purpose, each an HMAC of the server key with its own label.
  const derived = (label: string) => aead.hmac(serverKey, `rivion/${label}`);
  const wrapKey = derived('data-key-wrapping/v1');
  const indexKey = derived('email-index/v1');
  const keyIdBytes = derived('key-id/v1');
  let keyId = '';
  const ready = keyIdBytes.then((bytes) => {
    keyId = bytesToBase64Url(bytes).slice(0, 8);
  });
  const cache = new Map<string, { wrapped: string; cipher: UserCipher; expires: number }>();

  function userCipher(userId: string, dataKey: Uint8Array): UserCipher {
    const aad = (recordId: string, field: string) => `${userId}:${recordId}:${field}`;
    return {
      async encrypt(plaintext, recordId, field) {
        return `${FIELD_VERSION}.${await aead.seal(dataKey, plaintext, aad(recordId, field))}`;
      },
      async decrypt(stored, recordId, field) {
        const body = stored.startsWith(`${FIELD_VERSION}.`) ? stored.slice(3) : undefined;
        if (!body) throw new Error('unknown ciphertext format');
        return new TextDecoder().decode(await aead.open(dataKey, body, aad(recordId, field)));
      },
    };
  }

  const keyring: Keyring = {
    async wraps(wrapped) {
      await ready;
      return wrapped.startsWith(`${WRAP_VERSION}.${keyId}.`);
    },

    async newDataKey(userId) {
      const dataKey = randomBytes(KEY_BYTES);
      keyring.forget(userId);
      return { wrapped: await keyring.wrap(userId, dataKey), cipher: userCipher(userId, dataKey) };
    },

    async cipherFor(userId, wrapped) {
      if (!wrapped) {
        throw new KeyError(
          'This account was stored before encryption at rest: run `npm run db:migrate`.',
        );
      }
      const hit = cache.get(userId);
      if (hit && hit.wrapped === wrapped && hit.expires > now()) {
        // Re-inserted, so the Map's order is least recently used first.
        cache.delete(userId);
        cache.set(userId, hit);
        return hit.cipher;
      }
      const cipher = userCipher(userId, await keyring.unwrap(userId, wrapped));
      cache.delete(userId);
      cache.set(userId, { wrapped, cipher, expires: now() + CACHE_MS });
      if (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
      return cipher;
    },

    async emailIndex(email) {
      return bytesToBase64Url(await aead.hmac(await indexKey, normaliseEmail(email)));
    },

    forget(userId) {
      cache.delete(userId);
    },

    async unwrap(userId, wrapped) {
      await ready;
      const [version, id, body] = wrapped.split('.');
      if (version !== WRAP_VERSION || !body) throw new KeyError('unknown wrapped key format');
      if (id !== keyId) {
        throw new KeyError(
          `A data key is wrapped under another server key (${id}, this one is ${keyId}): ` +
            'finish `npm run keys:rotate`, or set the RIVION_ENCRYPTION_KEY it was made with.',
        );
      }
      return aead.open(await wrapKey, body, `data-key:${userId}`);
    },

    async wrap(userId, dataKey) {
      await ready;
      const sealed = await aead.seal(await wrapKey, dataKey, `data-key:${userId}`);
      return `${WRAP_VERSION}.${keyId}.${sealed}`;
    },
  };
  return keyring;
}
