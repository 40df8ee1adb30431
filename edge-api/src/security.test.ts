/** What an attacker with an account of their own (B) can do to someone else's data (A): nothing. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { SyncChange } from '../../core/sync/protocol';
import { journalChange, pushBody } from './testing/fixtures';
import { API_BACKENDS, registerUser, type TestUser, useTestBackend } from './testing/harness';
import { call } from './testing/call';

describe.each(API_BACKENDS)('isolation and hostile input on %s', (kind) => {
  const backend = useTestBackend(kind);
  let alice: TestUser;
  let bob: TestUser;
  const aliceEntry = journalChange('only for Alice', { at: 1 });

  beforeAll(async () => {
    [alice, bob] = [await registerUser(backend.app), await registerUser(backend.app)];
    await call(backend.app, 'POST', '/api/sync/push', {
      token: alice.token,
      body: pushBody([aliceEntry]),
    });
  });

  const alicesChanges = async () =>
    (await call(backend.app, 'GET', '/api/sync/pull', { token: alice.token })).body
      .changes as SyncChange[];

  it('never shows A’s rows to B', async () => {
    const pulled = await call(backend.app, 'GET', '/api/sync/pull', { token: bob.token });
    expect(pulled.body.changes).toEqual([]);
    const exported = await call(backend.app, 'POST', '/api/dashboard/export', { token: bob.token });
    expect(JSON.stringify(exported.body)).not.toContain('only for Alice');
    expect(JSON.stringify(exported.body)).not.toContain(alice.userId);
    const me = await call(backend.app, 'GET', '/api/auth/me', { token: bob.token });
    expect(me.body.user_id).toBe(bob.userId);
  });

  it('rejects B’s push of A’s record id, newer clock or tombstone, and leaves A’s row alone', async () => {
    const overwrite = journalChange('Bob was here', { id: aliceEntry.id, at: 99 });
    const erase = { ...overwrite, deleted: true, data: null } as SyncChange;
    for (const change of [overwrite, erase]) {
      const response = await call(backend.app, 'POST', '/api/sync/push', {
        token: bob.token,
        body: pushBody([change]),
      });
      expect(response.status).toBe(200);
      expect(response.body.rejected).toEqual([
        { id: aliceEntry.id, code: 'forbidden', message: expect.any(String) },
      ]);
    }
    expect(await alicesChanges()).toEqual([aliceEntry]);
  });

  it('cannot log out or delete A’s data with B’s token or A’s refresh token', async () => {
    // B signed in, with data of his own: the delete path really runs, on his rows only.
    const bobEntry = journalChange('only for Bob', { at: 2 });
    await call(backend.app, 'POST', '/api/sync/push', {
      token: bob.token,
      body: pushBody([bobEntry]),
    });
    const deleted = await call(backend.app, 'DELETE', '/api/settings/data', {
      token: bob.token,
      body: { confirm: true },
    });
    expect(deleted.status).toBe(200);
    const bobsPull = await call(backend.app, 'GET', '/api/sync/pull', { token: bob.token });
    expect(JSON.stringify(bobsPull.body)).not.toContain('only for Bob');
    expect(await alicesChanges()).toEqual([aliceEntry]);

    await call(backend.app, 'POST', '/api/auth/logout', {
      token: bob.token,
      body: { refresh_token: alice.refreshToken },
    });
    expect((await call(backend.app, 'GET', '/api/auth/me', { token: alice.token })).status).toBe(
      200,
    );
    bob = await registerUser(backend.app);
  });

  it.each([
    ['malformed JSON', '{"email": ', 'invalid_json'],
    ['wrong types', { email: 42, password: ['x'] }, 'validation_error'],
    [
      'unknown fields',
      { email: 'a@example.com', password: 'whatever12', admin: true },
      'validation_error',
    ],
  ])('answers %s with 400', async (_name, body, code) => {
    const response = await call(backend.app, 'POST', '/api/auth/login', { body });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe(code);
  });

  it('answers bodies over 1 MB with 413, with or without Content-Length', async () => {
    const huge = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(1_100_000) });
    // app.request() sends no Content-Length for a string body: give it the one a browser sends.
    const declared = await call(backend.app, 'POST', '/api/auth/login', {
      body: huge,
      headers: { 'content-length': String(Buffer.byteLength(huge)) },
    });
    expect(declared.status).toBe(413);
    expect(declared.body.error.code).toBe('payload_too_large');
    const stream = new Blob([huge]).stream();
    const streamed = await backend.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('stores injection-looking text verbatim and keeps the data intact', async () => {
    const hostile = ["'; DROP TABLE users; --", '<script>alert(1)</script>', '${7*7} {{7*7}}'];
    const entries = hostile.map((text) => journalChange(text));
    const pushed = await call(backend.app, 'POST', '/api/sync/push', {
      token: bob.token,
      body: pushBody(entries),
    });
    expect(pushed.status).toBe(200);
    const pulled = (await call(backend.app, 'GET', '/api/sync/pull', { token: bob.token })).body
      .changes;
    expect(pulled).toEqual(expect.arrayContaining(entries));

    const profile = await call(backend.app, 'PUT', '/api/auth/profile', {
      token: bob.token,
      body: { first_name: hostile[0], last_name: hostile[1] },
    });
    expect(profile.body).toMatchObject({ first_name: hostile[0], last_name: hostile[1] });
    const login = await call(backend.app, 'POST', '/api/auth/login', {
      body: { email: "' OR 1=1 --@example.com", password: "' OR '1'='1" },
    });
    expect([400, 401]).toContain(login.status);
    expect((await call(backend.app, 'GET', '/api/auth/me', { token: alice.token })).status).toBe(
      200,
    );
    expect(await alicesChanges()).toEqual([aliceEntry]);
  });

  it('never puts stack traces or SQL into error bodies', async () => {
    const responses = await Promise.all([
      call(backend.app, 'POST', '/api/sync/push', { token: bob.token, body: '[' }),
      call(backend.app, 'GET', '/api/sync/pull?cursor=-1', { token: bob.token }),
      call(backend.app, 'GET', '/api/nowhere'),
      call(backend.app, 'POST', '/api/auth/login', {
        body: 'x',
        headers: { 'content-type': 'text/plain' },
      }),
    ]);
    for (const response of responses) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(Object.keys(response.body.error).sort()).toEqual(['code', 'message']);
      expect(JSON.stringify(response.body)).not.toMatch(
        /\bat .*\.ts|select |insert |node_modules/i,
      );
    }
  });
});
