/**
 * Login sessions as refresh-token families. Each refresh spends its token and issues the next one;
 * a spent token shown again means a copy is in someone else's hands, so the whole family (every
 * device login descending from that sign-in) is revoked.
 */
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Database, Transaction } from '../db/database';
import { authSessions, refreshTokens } from '../db/schema';
import { unauthorized } from '../errors';
import type { Services } from '../services';
import {
  ACCESS_TOKEN_SECONDS,
  REFRESH_TOKEN_MS,
  hashRefreshToken,
  newRefreshToken,
  signAccessToken,
} from './tokens';

/**
 * Login families the access-token check found live a moment ago, so a burst of requests costs one
 * lookup instead of one each. Revocation stays immediate in this process: every path that ends a
 * family (logout, refresh-token reuse, password change, account deletion) forgets it here. Another
 * process or Worker isolate may still accept a revoked access token for up to SESSION_CACHE_MS,
 * the bound we accept for the saving.
 */
export interface SessionCache {
  isLive(sessionId: string, userId: string, nowMs: number): boolean;
  /** A mark to take before the database lookup and hand to remember(). */
  mark(): number;
  /** Caches a family found live, unless something was forgotten since `mark` (the lookup may predate it). */
  remember(sessionId: string, userId: string, nowMs: number, mark: number): void;
  forgetSession(sessionId: string): void;
  forgetUser(userId: string): void;
}

export const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_ENTRIES = 10_000;

export function createSessionCache(): SessionCache {
  const live = new Map<string, { userId: string; untilMs: number }>();
  let forgets = 0;
  return {
    isLive(sessionId, userId, nowMs) {
      const entry = live.get(sessionId);
      return entry !== undefined && entry.userId === userId && entry.untilMs > nowMs;
    },
    mark: () => forgets,
    remember(sessionId, userId, nowMs, mark) {
      if (mark !== forgets) return;
      // Bounded: the oldest entry goes first (a Map iterates in insertion order).
      live.delete(sessionId);
      if (live.size >= SESSION_CACHE_ENTRIES) live.delete(live.keys().next().value!);
      live.set(sessionId, { userId, untilMs: nowMs + SESSION_CACHE_MS });
    },
    forgetSession(sessionId) {
      forgets += 1;
      live.delete(sessionId);
    },
    forgetUser(userId) {
      forgets += 1;
      for (const [sessionId, entry] of live) if (entry.userId === userId) live.delete(sessionId);
    },
  };
}

export interface IssuedTokens {
  token: string;
  refresh_token: string;
  expires_in: number;
}

export async function startSession(
  services: Services,
  userId: string,
  userAgent: string | undefined,
): Promise<IssuedTokens> {
  const [session] = await services.db
    .insert(authSessions)
    .values({ user_id: userId, user_agent: userAgent?.slice(0, 300) ?? null })
    .returning({ id: authSessions.id });
  return issueTokens(services, userId, session!.id);
}

/** Spends a refresh token and returns the next pair; 401 for anything but a live, unspent token. */
export async function rotateRefreshToken(
  services: Services,
  presented: string,
): Promise<IssuedTokens> {
  const [found] = await services.db
    .select({
      tokenId: refreshTokens.id,
      sessionId: refreshTokens.session_id,
      userId: authSessions.user_id,
      expiresAt: refreshTokens.expires_at,
      revokedAt: authSessions.revoked_at,
    })
    .from(refreshTokens)
    .innerJoin(authSessions, eq(authSessions.id, refreshTokens.session_id))
    .where(eq(refreshTokens.token_hash, await hashRefreshToken(presented)));
  if (!found || found.revokedAt) throw unauthorized('Refresh token is not valid');
  if (found.expiresAt <= services.now()) throw unauthorized('Refresh token has expired');

  // Spending is conditional, so of two concurrent refreshes with one token only one wins and the
  // other counts as reuse.
  const spent = await services.db
    .update(refreshTokens)
    .set({ spent_at: services.now() })
    .where(and(eq(refreshTokens.id, found.tokenId), isNull(refreshTokens.spent_at)))
    .returning({ id: refreshTokens.id });
  if (spent.length === 0) {
    await revokeSession(services, found.sessionId);
    throw unauthorized('Refresh token was already used; sign in again');
  }
  return issueTokens(services, found.userId, found.sessionId);
}

export async function revokeSession(services: Services, sessionId: string): Promise<void> {
  await services.db
    .update(authSessions)
    .set({ revoked_at: services.now() })
    .where(and(eq(authSessions.id, sessionId), isNull(authSessions.revoked_at)));
  services.sessionCache.forgetSession(sessionId);
}

/**
 * Ends every login family of `userId` but `keepSessionId` (after a password change). The caller
 * calls sessionCache.forgetUser once its transaction has committed.
 */
export async function revokeOtherSessions(
  services: Services,
  userId: string,
  keepSessionId: string,
  db: Database | Transaction = services.db,
): Promise<void> {
  await db
    .update(authSessions)
    .set({ revoked_at: services.now() })
    .where(
      and(
        eq(authSessions.user_id, userId),
        ne(authSessions.id, keepSessionId),
        isNull(authSessions.revoked_at),
      ),
    );
}

/** The family a refresh token belongs to, if it belongs to `userId`. */
export async function sessionOfRefreshToken(
  services: Services,
  userId: string,
  token: string,
): Promise<string | undefined> {
  const [found] = await services.db
    .select({ sessionId: refreshTokens.session_id })
    .from(refreshTokens)
    .innerJoin(authSessions, eq(authSessions.id, refreshTokens.session_id))
    .where(
      and(
        eq(refreshTokens.token_hash, await hashRefreshToken(token)),
        eq(authSessions.user_id, userId),
      ),
    );
  return found?.sessionId;
}

async function issueTokens(
  services: Services,
  userId: string,
  sessionId: string,
): Promise<IssuedTokens> {
  const now = services.now();
  const refreshToken = newRefreshToken();
  await services.db.insert(refreshTokens).values({
    session_id: sessionId,
    token_hash: await hashRefreshToken(refreshToken),
    expires_at: new Date(now.getTime() + REFRESH_TOKEN_MS),
  });
  const token = await signAccessToken(
    { sub: userId, sid: sessionId },
    services.config.jwtSecret,
    now,
  );
  return { token, refresh_token: refreshToken, expires_in: ACCESS_TOKEN_SECONDS };
}
