/**
 * Every password check (login, account deletion, password change) goes through here, limited per
 * account as well as per address: PASSWORD_ATTEMPTS_PER_ACCOUNT wrong passwords per
 * PASSWORD_ATTEMPT_WINDOW_MINUTES, from any number of addresses, then 429 with Retry-After.
 *
 * Attempts are counted before the hash is computed, so once an account is limited a guess costs
 * no PBKDF2 (16 parallel guesses no longer slow everyone's login), and parallel guesses cannot
 * all slip in before the first failure is counted. A right password clears the counts.
 *
 * Not a lock-out weapon: a limited account still takes password checks from an address that
 * signed in to it successfully within the last 30 days (its own per-address count still holds, so
 * that address gets no more guesses than before). Everyone else waits out the window, at most
 * PASSWORD_ATTEMPT_WINDOW_MINUTES. The count lives in the rate-limit store: per process on Node,
 * global on Workers (Durable Object).
 */
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { decoyPasswordHash, verifyPassword } from '../crypto/password';
import { users } from '../db/schema';
import { tooManyRequests } from '../middleware/rate-limit';
import type { Services } from '../services';

const KNOWN_ADDRESS_MS = 30 * 24 * 60 * 60 * 1000;

/** The account a password check is for: a user id, or the email when no account has it. */
export type PasswordAccount = { userId: string } | { email: string };

/**
 * Checks `password` against `storedHash` (a decoy hash when the account does not exist, so both
 * cost the same). Throws 429 when the account or this address has had too many wrong passwords.
 */
export async function checkPassword(
  services: Services,
  c: Context,
  account: PasswordAccount,
  password: string,
  storedHash: string | undefined,
): Promise<boolean> {
  const { rateLimitStore: store, config } = services;
  const nowMs = services.now().getTime();
  const windowMs = config.passwordAttemptWindowMinutes * 60_000;
  const limit = config.passwordAttemptsPerAccount;
  const who = 'userId' in account ? `user:${account.userId}` : `email:${account.email}`;
  const ip = services.clientIp(c);
  const keys = {
    account: `password|${who}`,
    address: `password|${who}|${ip}`,
    known: `signed-in|${who}|${ip}`,
  };

  const fromAddress = await store.hit(keys.address, windowMs, nowMs);
  if (fromAddress.count > limit) throw tooManyRequests(fromAddress.resetAtMs, nowMs);
  const onAccount = await store.hit(keys.account, windowMs, nowMs);
  if (onAccount.count > limit) {
    const known = await store.hit(keys.known, KNOWN_ADDRESS_MS, nowMs, 0);
    if (known.count === 0) throw tooManyRequests(onAccount.resetAtMs, nowMs);
  }

  const valid = await verifyPassword(password, storedHash ?? (await decoyPasswordHash()));
  if (valid) {
    await Promise.all([keys.account, keys.address, keys.known].map((key) => store.reset(key)));
    // Reset first, so the 30 days run from the latest sign-in.
    await store.hit(keys.known, KNOWN_ADDRESS_MS, nowMs);
  }
  return valid;
}

/** checkPassword for the signed-in person (account deletion, password change). */
export async function checkOwnPassword(
  services: Services,
  c: Context,
  userId: string,
  password: string,
): Promise<boolean> {
  const [user] = await services.db
    .select({ password_hash: users.password_hash })
    .from(users)
    .where(eq(users.id, userId));
  return checkPassword(services, c, { userId }, password, user?.password_hash);
}
