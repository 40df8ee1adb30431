/**
 * AES-256-GCM and HMAC-SHA-256 behind one small interface: WebCrypto here (Workers), node:crypto
 * on Node (node/cipher.ts), where WebCrypto costs 60-190 µs a call against a few µs. Both write the
 * same format, base64 of `iv (12 bytes) + ciphertext + tag (16 bytes)`, and read each other's.
 */
import { base64ToBytes, bytesToBase64, randomBytes } from './encoding';

export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export interface Aead {
  /** Encrypts under a fresh random IV; `aad` binds the result to where it is stored. */
  seal(key: Uint8Array, plaintext: Uint8Array | string, aad: string): Promise<string>;
  /** Throws when the key, the aad or a single bit of `sealed` is wrong. */
  open(key: Uint8Array, sealed: string, aad: string): Promise<Uint8Array>;
  hmac(key: Uint8Array, message: string): Promise<Uint8Array>;
}

type KeyUse = 'AES-GCM' | 'HMAC';
type CryptoKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;
// Importing a key costs about as much as using it, and data keys are reused from the keyring cache.
const imported: Record<KeyUse, WeakMap<Uint8Array, Promise<CryptoKey>>> = {
  'AES-GCM': new WeakMap(),
  HMAC: new WeakMap(),
};

function importKey(raw: Uint8Array, use: KeyUse): Promise<CryptoKey> {
  let key = imported[use].get(raw);
  if (!key) {
    const bytes = new Uint8Array(raw);
    key =
      use === 'HMAC'
        ? crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
        : crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, ['encrypt', 'decrypt']);
    imported[use].set(raw, key);
  }
  return key;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

export const webAead: Aead = {
  async seal(key, plaintext, aad) {
    const iv = randomBytes(IV_BYTES);
    const body = typeof plaintext === 'string' ? utf8(plaintext) : new Uint8Array(plaintext);
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: utf8(aad) },
      await importKey(key, 'AES-GCM'),
      body,
    );
    const packed = new Uint8Array(IV_BYTES + sealed.byteLength);
    packed.set(iv);
    packed.set(new Uint8Array(sealed), IV_BYTES);
    return bytesToBase64(packed);
  },

  async open(key, sealed, aad) {
    const packed = base64ToBytes(sealed);
    if (packed.length < IV_BYTES + TAG_BYTES) throw new Error('ciphertext too short');
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: packed.subarray(0, IV_BYTES), additionalData: utf8(aad) },
      await importKey(key, 'AES-GCM'),
      packed.subarray(IV_BYTES),
    );
    return new Uint8Array(plain);
  },

  async hmac(key, message) {
    return new Uint8Array(
      await crypto.subtle.sign('HMAC', await importKey(key, 'HMAC'), utf8(message)),
    );
  },
};
