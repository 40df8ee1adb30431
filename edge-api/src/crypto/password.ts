/**
 * Password hashing with WebCrypto PBKDF2-SHA256 (available on Node and Workers alike).
 * Stored as `pbkdf2-sha256$<iterations>$<salt>$<hash>` so the count can rise later: old hashes keep
 * verifying with the count they were made with.
 */
import { base64ToBytes, bytesToBase64, randomBytes } from './encoding';

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
const ITERATIONS = 600_000;
const SALT_BYTES = 16;
const HASH_BITS = 256;
const SCHEME = 'pbkdf2-sha256';

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, ITERATIONS);
  return [SCHEME, ITERATIONS, bytesToBase64(salt), bytesToBase64(hash)].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterations, salt, hash] = stored.split('$');
  if (scheme !== SCHEME || !iterations || !salt || !hash) return false;
  const actual = await derive(password, base64ToBytes(salt), Number(iterations));
  return constantTimeEqual(actual, base64ToBytes(hash));
}

/**
 * A real hash of a password nobody has. Login verifies against it when the email is unknown, so
 * both failures take the same time and the response time does not reveal who has an account.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(bytesToBase64(randomBytes(32)));
  return decoyHash;
}

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** Compares without an early exit, so timing does not reveal how many leading bytes matched. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
