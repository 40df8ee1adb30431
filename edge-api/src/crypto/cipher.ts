/**
 * Encryption at rest for the words people write (journal text, chat messages): AES-256-GCM with a
 * random 12-byte IV. The owner's id and the record's id are the additional authenticated data, so
 * a ciphertext copied into another row or account fails to decrypt instead of leaking.
 * Stored as `v1.<base64 of iv + ciphertext>`; the version prefix leaves room for key rotation.
 */
import { base64ToBytes, bytesToBase64, randomBytes } from './encoding';

const VERSION = 'v1';
const IV_BYTES = 12;

export interface RecordCipher {
  encrypt(plaintext: string, userId: string, recordId: string): Promise<string>;
  decrypt(stored: string, userId: string, recordId: string): Promise<string>;
}

export function createRecordCipher(rawKey: Uint8Array<ArrayBuffer>): RecordCipher {
  const key = crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt', 'decrypt']);
  const aad = (userId: string, recordId: string) =>
    new TextEncoder().encode(`${userId}:${recordId}`);

  return {
    async encrypt(plaintext, userId, recordId) {
      const iv = randomBytes(IV_BYTES);
      const sealed = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: aad(userId, recordId) },
        await key,
        new TextEncoder().encode(plaintext),
      );
      const packed = new Uint8Array(IV_BYTES + sealed.byteLength);
      packed.set(iv);
      packed.set(new Uint8Array(sealed), IV_BYTES);
      return `${VERSION}.${bytesToBase64(packed)}`;
    },

    async decrypt(stored, userId, recordId) {
      const [version, body] = stored.split('.');
      if (version !== VERSION || !body) throw new Error('unknown ciphertext format');
      const packed = base64ToBytes(body);
      const plain = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: packed.subarray(0, IV_BYTES),
          additionalData: aad(userId, recordId),
        },
        await key,
        packed.subarray(IV_BYTES),
      );
      return new TextDecoder().decode(plain);
    },
  };
}
