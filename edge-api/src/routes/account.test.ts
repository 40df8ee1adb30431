import { count, eq, getTableColumns, getTableName, inArray, is } from 'drizzle-orm';
import { PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import * as schema from '../db/schema';
import { API_BACKENDS, registerUser, useTestBackend } from '../testing/harness';
import { call } from '../testing/call';
import { journalChange, messageChange, pushBody, sessionChange } from '../testing/fixtures';

describe.each(API_BACKENDS)('account deletion on %s', (kind) => {
  const backend = useTestBackend(kind);

  it('needs the password, then erases every row of the person in every table', async () => {
    const user = await registerUser(backend.app);
    const session = sessionChange();
    await call(backend.app, 'PUT', '/api/settings/preferences', {
      token: user.token,
      body: { theme: 'dark' },
    });
    const pushed = await call(backend.app, 'POST', '/api/sync/push', {
      token: user.token,
      body: pushBody([
        session,
        journalChange('a private thought'),
        messageChange(session.id, 'hello'),
      ]),
    });
    expect(pushed.status).toBe(200);

    const wrong = await call(backend.app, 'DELETE', '/api/auth/account', {
      token: user.token,
      body: { password_confirmation: 'not it at all' },
    });
    expect(wrong.status).toBe(403);

    const loginSessionIds = (
      await backend.db
        .select({ id: schema.authSessions.id })
        .from(schema.authSessions)
        .where(eq(schema.authSessions.user_id, user.userId))
    ).map((row) => row.id);
    expect(loginSessionIds.length).toBeGreaterThan(0);

    const deleted = await call(backend.app, 'DELETE', '/api/auth/account', {
      token: user.token,
      body: { password_confirmation: user.password },
    });
    expect(deleted.status).toBe(200);

    for (const table of Object.values(schema)) {
      if (!is(table, PgTable)) continue;
      const columns: Record<string, PgColumn> = getTableColumns(table);
      const owner =
        table === schema.users
          ? columns.id!
          : table === schema.refreshTokens
            ? columns.session_id!
            : columns.user_id!;
      const id = table === schema.refreshTokens ? loginSessionIds : [user.userId];
      const left = await backend.db.select({ n: count() }).from(table).where(inArray(owner, id));
      expect(left[0]!.n, `rows left in ${getTableName(table)}`).toBe(0);
    }
    const [erasure] = await backend.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'account_deleted'));
    expect(erasure?.user_id).toBeNull();
    expect(JSON.stringify(erasure)).not.toContain(user.email);

    expect((await call(backend.app, 'GET', '/api/auth/me', { token: user.token })).status).toBe(
      401,
    );
    const login = await call(backend.app, 'POST', '/api/auth/login', {
      body: { email: user.email, password: user.password },
    });
    expect(login.status).toBe(401);
  });
});

describe('auth rate limit', () => {
  const backend = useTestBackend('pglite', { env: { AUTH_RATE_LIMIT_PER_MINUTE: '2' } });

  it('answers 429 with Retry-After once a client exceeds the limit on a route', async () => {
    const attempt = () =>
      call(backend.app, 'POST', '/api/auth/login', {
        body: { email: 'x@example.com', password: 'whatever' },
      });
    expect((await attempt()).status).toBe(401);
    expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another route has its own budget.
    const refresh = await call(backend.app, 'POST', '/api/auth/refresh', {
      body: { refresh_token: 'nope' },
    });
    expect(refresh.status).toBe(401);
  });
});
