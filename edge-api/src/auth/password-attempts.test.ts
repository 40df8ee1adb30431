/**
 * Password guessing is limited per account, however many addresses it comes from, and once limited
 * a guess costs no PBKDF2; the person's own address keeps working.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call } from '../testing/call';
import { registerUser, useTestBackend } from '../testing/harness';

const from = (ip: string) => ({ 'x-forwarded-for': ip });
const pbkdf2Runs = () => vi.spyOn(crypto.subtle, 'deriveBits');

describe('password checks per account', () => {
  const backend = useTestBackend('pglite', { env: { TRUST_PROXY: 'true' } });
  afterEach(() => vi.restoreAllMocks());

  const login = (email: string, password: string, ip: string) =>
    call(backend.app, 'POST', '/api/auth/login', { body: { email, password }, headers: from(ip) });

  it('answers 429 after 5 wrong logins from 4 addresses, hashing none of the rest', async () => {
    const user = await registerUser(backend.app);
    const home = '198.51.100.1';
    expect((await login(user.email, user.password, home)).status).toBe(200);

    const hashes = pbkdf2Runs();
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      statuses.push((await login(user.email, `guess number ${i}`, `203.0.113.${i % 4}`)).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual(Array(35).fill(429));
    expect(hashes).toHaveBeenCalledTimes(5);

    // Even the right password waits out the window from an address the account has not used...
    const elsewhere = await login(user.email, user.password, '192.0.2.50');
    expect(elsewhere.status).toBe(429);
    expect(Number(elsewhere.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(elsewhere.headers.get('retry-after'))).toBeLessThanOrEqual(15 * 60);
    // ...but the attacker cannot lock the person out of the address they sign in from.
    expect((await login(user.email, user.password, home)).status).toBe(200);
  });

  it('limits an unknown email the same way, so the limit does not tell who has an account', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await login('nobody@example.com', 'guess', `203.0.113.${i}`)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('answers 429 after 5 wrong account-deletion confirmations, and the account stays', async () => {
    const user = await registerUser(backend.app);
    const hashes = pbkdf2Runs();
    const statuses: number[] = [];
    for (let i = 0; i < 15; i++) {
      const response = await call(backend.app, 'DELETE', '/api/auth/account', {
        token: user.token,
        body: { password_confirmation: `guess number ${i}` },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array(5).fill(403), ...Array(10).fill(429)]);
    expect(hashes).toHaveBeenCalledTimes(5);
    expect((await call(backend.app, 'GET', '/api/auth/me', { token: user.token })).status).toBe(
      200,
    );
  });

  it('limits wrong current passwords on a password change the same way', async () => {
    const user = await registerUser(backend.app);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await call(backend.app, 'PUT', '/api/auth/password', {
        token: user.token,
        body: { current_password: `guess number ${i}`, new_password: 'a brand new passphrase' },
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429, 429]);
  });
});
