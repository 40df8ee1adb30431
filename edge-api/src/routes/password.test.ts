import { beforeAll, describe, expect, it } from 'vitest';
import { call } from '../testing/call';
import { API_BACKENDS, registerUser, type TestUser, useTestBackend } from '../testing/harness';

describe.each(API_BACKENDS)('password change on %s', (kind) => {
  const backend = useTestBackend(kind);
  let user: TestUser;

  beforeAll(async () => {
    user = await registerUser(backend.app);
  });

  const login = (password: string) =>
    call(backend.app, 'POST', '/api/auth/login', { body: { email: user.email, password } });
  const change = (token: string, body: object) =>
    call(backend.app, 'PUT', '/api/auth/password', { token, body });
  const meStatus = async (token: string) =>
    (await call(backend.app, 'GET', '/api/auth/me', { token })).status;
  const refreshStatus = async (refresh_token: string) =>
    (await call(backend.app, 'POST', '/api/auth/refresh', { body: { refresh_token } })).status;

  it('refuses a wrong current password and a new one that registration would refuse', async () => {
    const wrong = await change(user.token, {
      current_password: 'not the password',
      new_password: 'a brand new passphrase',
    });
    expect(wrong.status).toBe(403);
    const weak = await change(user.token, {
      current_password: user.password,
      new_password: 'short',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.message).toContain('new_password');
    expect((await login(user.password)).status).toBe(200);
  });

  it('changes it, signs every other login out, and keeps the caller signed in', async () => {
    const other = (await login(user.password)).body;
    expect(await meStatus(other.token)).toBe(200);

    const changed = await change(user.token, {
      current_password: user.password,
      new_password: 'a brand new passphrase',
    });
    expect(changed.status).toBe(200);

    expect(await meStatus(other.token)).toBe(401);
    expect(await refreshStatus(other.refresh_token)).toBe(401);
    expect(await meStatus(user.token)).toBe(200);
    expect(await refreshStatus(user.refreshToken)).toBe(200);
    expect((await login(user.password)).status).toBe(401);
    expect((await login('a brand new passphrase')).status).toBe(200);
  });
});
