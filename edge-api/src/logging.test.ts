/** Nothing a person types or is issued — password, tokens, email, journal text — reaches the logs. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { journalChange, pushBody } from './testing/fixtures';
import { registerUser, useTestBackend } from './testing/harness';
import { call } from './testing/call';

describe('logs', () => {
  const backend = useTestBackend('pglite');
  afterEach(() => vi.restoreAllMocks());

  it('carry no secrets or personal text, even when requests fail', async () => {
    const logged: string[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((arg) => (arg instanceof Error ? arg.stack : String(arg))).join(' '));
      });
    }
    const person = await registerUser(backend.app, { password: 'my very private passphrase' });
    const secretText = 'I have not told anyone about the panic attacks';
    await call(backend.app, 'POST', '/api/auth/login', {
      body: { email: person.email, password: 'a wrong guess at it' },
    });
    const login = await call(backend.app, 'POST', '/api/auth/login', {
      body: { email: person.email, password: person.password },
    });
    await call(backend.app, 'POST', '/api/sync/push', {
      token: person.token,
      body: pushBody([journalChange(secretText)]),
    });
    // A NUL byte makes PostgreSQL itself fail: the error path must not echo the input either.
    const broken = journalChange(secretText);
    if (broken.table === 'journal_entries' && !broken.deleted) {
      broken.data.tags = [`${secretText}\u0000`];
    }
    await call(backend.app, 'POST', '/api/sync/push', {
      token: person.token,
      body: pushBody([broken]),
    });
    // A query that fails in the driver reaches the one error log line; PostgreSQL quotes the value
    // it refused in its message (`invalid input syntax for type json: "…"`), drizzle the parameters.
    const driverError = Object.assign(
      new Error(`invalid input syntax for type json: "${secretText}"`),
      { code: '22P02' },
    );
    vi.spyOn(backend.db, 'transaction').mockRejectedValueOnce(
      new Error(`Failed query: insert into journal_entries params: ${secretText}`, {
        cause: driverError,
      }),
    );
    const failed = await call(backend.app, 'POST', '/api/sync/push', {
      token: person.token,
      body: pushBody([journalChange(secretText)]),
    });
    expect(failed.status).toBe(500);
    await call(backend.app, 'GET', '/api/sync/pull', { token: person.token });
    await call(backend.app, 'POST', '/api/auth/refresh', {
      body: { refresh_token: person.refreshToken },
    });

    const output = logged.join('\n');
    expect(output).toMatch(/POST \/api\/sync\/push failed: Error/);
    for (const secret of [
      person.password,
      'a wrong guess at it',
      person.token,
      person.refreshToken,
      login.body.token as string,
      person.email,
      secretText,
    ]) {
      expect(output).not.toContain(secret);
    }
  });
});
