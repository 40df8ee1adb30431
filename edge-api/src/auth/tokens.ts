/**
 * Access tokens are short-lived HS256 JWTs (hono/jwt, WebCrypto); refresh tokens are random
 * strings the database knows only by their SHA-256, rotated on every use.
 */
import { sign, verify } from 'hono/jwt';
import { bytesToBase64Url, bytesToHex, randomBytes } from '../crypto/encoding';

export const ACCESS_TOKEN_SECONDS = 60 * 60;
export const REFRESH_TOKEN_MS = 7 * 24 * 60 * 60 * 1000;

export interface AccessClaims {
  /** The user id. */
  sub: string;
  /** The auth_sessions id, so revoking the family ends this token too. */
  sid: string;
}

export function signAccessToken(claims: AccessClaims, secret: string, now: Date): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return sign({ ...claims, iat, exp: iat + ACCESS_TOKEN_SECONDS }, secret, 'HS256');
}

/** Resolves to the claims, or undefined for a forged, expired or malformed token. */
export async function verifyAccessToken(
  token: string,
  secret: string,
): Promise<AccessClaims | undefined> {
  try {
    const payload = await verify(token, secret, 'HS256');
    const { sub, sid } = payload;
    return isUuid(sub) && isUuid(sid) ? { sub, sid } : undefined;
  } catch {
    return undefined;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

export function newRefreshToken(): string {
  return bytesToBase64Url(randomBytes(32));
}

export async function hashRefreshToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return bytesToHex(new Uint8Array(digest));
}
