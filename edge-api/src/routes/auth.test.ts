import { sign } from 'hono/jwt';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { journalChange, pushBody } from '../testing/fixtures';
import { API_BACKENDS, registerUser, type TestUser, useTestBackend } from '../testing/harness';
import { call } from '../testing/call';

describe.each(API_BACKENDS)('auth on %s', (kind) => {
  const backend = useTestBackend(kind);
  let user: TestUser;

  beforeAll(async () => {
    user = await registerUser(backend.app);
  });

  /** A separate login family, so revoking it leaves `user`'s own tokens working. */
  const login = async () =>
    (
      await call(backend.app, 'POST', '/api/auth/login', {
        body: { email: user.email, password: user.password },
      })
    ).body as { token: string; refresh_token: string };

  it('registers with tokens that open /me', async () => {
    const me = await call(backend.app, 'GET', '/api/auth/me', { token: user.token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      user_id: user.userId,
      email: user.email,
      username: 'Sam',
      privacy_consent: true,
    });
    expect(me.body.privacy_consent_at).toEqual(expect.any(String));
  });

  it('refuses registration without consent, and a duplicate email in any letter case', async () => {
    const noConsent = await call(backend.app, 'POST', '/api/auth/register', {
      body: {
        email: 'new@example.com',
        username: 'A',
        password: 'long enough pw',
        privacy_consent: false,
      },
    });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.error.code).toBe('validation_error');
    expect(noConsent.body.error.message).toContain('privacy_consent');

    const duplicate = await call(backend.app, 'POST', '/api/auth/register', {
      body: {
        email: user.email.toUpperCase(),
        username: 'B',
        password: 'long enough pw',
        privacy_consent: true,
      },
    });
    expect(duplicate.status).toBe(409);
  });

  it('rejects short passwords, naming the field', async () => {
    const response = await call(backend.app, 'POST', '/api/auth/register', {
      body: { email: 'short@example.com', username: 'A', password: 'short', privacy_consent: true },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('password');
  });

  it('logs in, and answers a wrong password and an unknown email the same way', async () => {
    const ok = await call(backend.app, 'POST', '/api/auth/login', {
      body: { email: user.email, password: user.password },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ user_id: user.userId, expires_in: 3600 });

    const wrong = await call(backend.app, 'POST', '/api/auth/login', {
      body: { email: user.email, password: 'not the password' },
    });
    const unknown = await call(backend.app, 'POST', '/api/auth/login', {
      body: { email: 'nobody@example.com', password: 'not the password' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('rotates refresh tokens, and a reused token revokes the whole family', async () => {
    const family = await login();
    const first = await call(backend.app, 'POST', '/api/auth/refresh', {
      body: { refresh_token: family.refresh_token },
    });
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).not.toBe(family.refresh_token);

    const second = await call(backend.app, 'POST', '/api/auth/refresh', {
      body: { refresh_token: first.body.refresh_token },
    });
    expect(second.status).toBe(200);

    const reuse = await call(backend.app, 'POST', '/api/auth/refresh', {
      body: { refresh_token: family.refresh_token },
    });
    expect(reuse.status).toBe(401);
    // The thief's reuse also ends the legitimate holder's tokens of that family.
    const afterReuse = await call(backend.app, 'POST', '/api/auth/refresh', {
      body: { refresh_token: second.body.refresh_token },
    });
    expect(afterReuse.status).toBe(401);
    expect(
      (await call(backend.app, 'GET', '/api/auth/me', { token: second.body.token })).status,
    ).toBe(401);
  });

  it('logout ends the access token at once, other logins stay', async () => {
    const [a, b] = [await login(), await login()];
    const out = await call(backend.app, 'POST', '/api/auth/logout', { token: a.token });
    expect(out.status).toBe(200);
    expect((await call(backend.app, 'GET', '/api/auth/me', { token: a.token })).status).toBe(401);
    expect(
      (
        await call(backend.app, 'POST', '/api/auth/refresh', {
          body: { refresh_token: a.refresh_token },
        })
      ).status,
    ).toBe(401);
    expect((await call(backend.app, 'GET', '/api/auth/me', { token: b.token })).status).toBe(200);
  });

  it('refuses forged, expired, wrong-secret and malformed tokens', async () => {
    const claims = { sub: user.userId, sid: '00000000-0000-4000-8000-000000000000' };
    const now = Math.floor(Date.now() / 1000);
    const wrongSecret = await sign(
      { ...claims, exp: now + 60 },
      'not-the-server-secret-at-all-0123456789',
      'HS256',
    );
    const [header, payload] = user.token.split('.');
    const tampered = `${header}.${payload}x.${user.token.split('.')[2]}`;
    const unsigned = `${btoa(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${payload}.`;
    for (const token of [wrongSecret, tampered, unsigned, 'garbage']) {
      const response = await call(backend.app, 'GET', '/api/auth/me', { token });
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe('unauthorized');
    }
    const me = await call(backend.app, 'GET', '/api/auth/me', { token: user.token });
    const liveSid = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))).sid as string;
    const expired = await sign(
      { sub: me.body.user_id, sid: liveSid, iat: now - 7200, exp: now - 3600 },
      backend.config.jwtSecret,
      'HS256',
    );
    expect((await call(backend.app, 'GET', '/api/auth/me', { token: expired })).status).toBe(401);
    expect((await call(backend.app, 'GET', '/api/auth/me')).status).toBe(401);
  });

  it('updates the profile and records when consent changed', async () => {
    const before = (await call(backend.app, 'GET', '/api/auth/me', { token: user.token })).body;
    // Only Date moves (a minute per step), so each change gets a later time than the one before.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 60_000 });
    try {
      const withdrawn = await call(backend.app, 'PUT', '/api/auth/profile', {
        token: user.token,
        body: { privacy_consent: false },
      });
      expect(withdrawn.body.privacy_consent).toBe(false);
      expect(withdrawn.body.privacy_consent_at > before.privacy_consent_at).toBe(true);
      const refused = await call(backend.app, 'POST', '/api/sync/push', {
        token: user.token,
        body: pushBody([journalChange('written while consent is withdrawn')]),
      });
      expect(refused.body.error.code).toBe('consent_required');

      vi.setSystemTime(Date.now() + 60_000);
      const response = await call(backend.app, 'PUT', '/api/auth/profile', {
        token: user.token,
        body: { first_name: 'Samira', last_name: "O'Neil", privacy_consent: true },
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        first_name: 'Samira',
        last_name: "O'Neil",
        privacy_consent: true,
      });
      expect(response.body.privacy_consent_at > withdrawn.body.privacy_consent_at).toBe(true);
      const accepted = await call(backend.app, 'POST', '/api/sync/push', {
        token: user.token,
        body: pushBody([journalChange('written after consenting again')]),
      });
      expect(accepted.status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
    const unknownField = await call(backend.app, 'PUT', '/api/auth/profile', {
      token: user.token,
      body: { email: 'takeover@example.com' },
    });
    expect(unknownField.status).toBe(400);
  });
});
