import { beforeAll, describe, expect, it } from 'vitest';
import { journalChange, pushBody } from '../testing/fixtures';
import { API_BACKENDS, registerUser, type TestUser, useTestBackend } from '../testing/harness';
import { call } from '../testing/call';

describe.each(API_BACKENDS)('settings on %s', (kind) => {
  const backend = useTestBackend(kind);
  let user: TestUser;
  beforeAll(async () => {
    user = await registerUser(backend.app);
  });

  it('starts from private defaults and saves changes', async () => {
    const initial = await call(backend.app, 'GET', '/api/settings/preferences', {
      token: user.token,
    });
    expect(initial.body).toEqual({
      theme: 'system',
      notification_enabled: false,
      data_retention_days: 90,
      privacy_level: 'high',
      llm_enabled: false,
      crisis_region: null,
    });
    const saved = await call(backend.app, 'PUT', '/api/settings/preferences', {
      token: user.token,
      body: { theme: 'dark', data_retention_days: 30 },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.preferences).toEqual({
      ...initial.body,
      theme: 'dark',
      data_retention_days: 30,
    });
    expect(saved.body.updated_at).toEqual(expect.any(String));
    const read = await call(backend.app, 'GET', '/api/settings/preferences', { token: user.token });
    expect(read.body).toEqual(saved.body.preferences);
  });

  it.each([
    [{ data_retention_days: 6 }, 'data_retention_days'],
    [{ data_retention_days: 3651 }, 'data_retention_days'],
    [{ theme: 'neon' }, 'theme'],
    [{ notification_enabled: 'yes' }, 'notification_enabled'],
    [{ colour: 'red' }, 'colour'],
    [{ llm_enabled: 'on' }, 'llm_enabled'],
    [{ crisis_region: 'uk' }, 'crisis_region'],
    [{}, 'at least one'],
  ])('rejects %j', async (body, named) => {
    const response = await call(backend.app, 'PUT', '/api/settings/preferences', {
      token: user.token,
      body,
    });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(named);
  });

  it('keeps the LLM choice and the crisis region, and gives the region back to the locale', async () => {
    const person = await registerUser(backend.app);
    const chosen = await call(backend.app, 'PUT', '/api/settings/preferences', {
      token: person.token,
      body: { llm_enabled: true, crisis_region: 'GB' },
    });
    expect(chosen.body.preferences).toMatchObject({ llm_enabled: true, crisis_region: 'GB' });
    const fromLocale = await call(backend.app, 'PUT', '/api/settings/preferences', {
      token: person.token,
      body: { crisis_region: null },
    });
    expect(fromLocale.body.preferences).toMatchObject({ llm_enabled: true, crisis_region: null });
  });

  it('deletes all data, keeps the account, and turns away pushes from the old epoch', async () => {
    const person = await registerUser(backend.app);
    const entry = journalChange('to be forgotten');
    await call(backend.app, 'POST', '/api/sync/push', {
      token: person.token,
      body: pushBody([entry]),
    });

    const unconfirmed = await call(backend.app, 'DELETE', '/api/settings/data', {
      token: person.token,
      body: { confirm: false },
    });
    expect(unconfirmed.status).toBe(400);
    const deleted = await call(backend.app, 'DELETE', '/api/settings/data', {
      token: person.token,
      body: { confirm: true },
    });
    expect(deleted.body).toEqual({ message: 'All data deleted', epoch: 1 });

    const pulled = await call(backend.app, 'GET', '/api/sync/pull', { token: person.token });
    expect(pulled.body).toMatchObject({ changes: [], epoch: 1 });
    const stale = await call(backend.app, 'POST', '/api/sync/push', {
      token: person.token,
      body: pushBody([journalChange('from a stale device')], 0),
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('data_reset');
    const current = await call(backend.app, 'POST', '/api/sync/push', {
      token: person.token,
      body: pushBody([journalChange('fresh start')], 1),
    });
    expect(current.status).toBe(200);
    expect((await call(backend.app, 'GET', '/api/auth/me', { token: person.token })).status).toBe(
      200,
    );
  });
});
