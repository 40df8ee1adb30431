/**
 * The access-token check caches live login families for a few seconds; every way of ending one
 * must still take effect on the very next request in this process.
 */
import { describe, expect, it } from 'vitest';
import { call } from '../testing/call';
import { registerUser, useTestBackend } from '../testing/harness';

describe('requireAuth with its session cache', () => {
  const backend = useTestBackend('pglite');
  const meStatus = async (token: string) =>
    (await call(backend.app, 'GET', '/api/auth/me', { token })).status;

  it('ends a login at once on logout, though the check was cached a moment before', async () => {
    const user = await registerUser(backend.app);
    expect(await meStatus(user.token)).toBe(200);
    expect(await meStatus(user.token)).toBe(200);
    await call(backend.app, 'POST', '/api/auth/logout', { token: user.token });
    expect(await meStatus(user.token)).toBe(401);
  });

  it('ends a family at once when its spent refresh token is shown again', async () => {
    const user = await registerUser(backend.app);
    const refresh = (refresh_token: string) =>
      call(backend.app, 'POST', '/api/auth/refresh', { body: { refresh_token } });
    const next = (await refresh(user.refreshToken)).body;
    expect(await meStatus(next.token)).toBe(200);
    expect((await refresh(user.refreshToken)).status).toBe(401);
    expect(await meStatus(next.token)).toBe(401);
  });

  it('ends every login at once when the account is deleted', async () => {
    const user = await registerUser(backend.app);
    const other = (
      await call(backend.app, 'POST', '/api/auth/login', {
        body: { email: user.email, password: user.password },
      })
    ).body;
    expect(await meStatus(other.token)).toBe(200);
    await call(backend.app, 'DELETE', '/api/auth/account', {
      token: user.token,
      body: { password_confirmation: user.password },
    });
    expect(await meStatus(other.token)).toBe(401);
  });
});
