import { describe, expect, it } from 'vitest';
import { sweepExpiredData } from './retention';
import { journalChange, messageChange, pushBody, sessionChange } from './test/fixtures';
import { API_BACKENDS, registerUser, useTestBackend } from './test/harness';
import { call } from './test/call';

describe.each(API_BACKENDS)('retention sweep on %s', (kind) => {
  const backend = useTestBackend(kind);

  it('deletes conversation data older than each person’s retention period, nothing else', async () => {
    const { token } = await registerUser(backend.app);
    await call(backend.app, 'PUT', '/api/settings/preferences', {
      token,
      body: { data_retention_days: 7 },
    });
    const session = sessionChange();
    const entry = journalChange('journals are not swept');
    await call(backend.app, 'POST', '/api/sync/push', {
      token,
      body: pushBody([session, messageChange(session.id, 'old words'), entry]),
    });

    // The fixtures are dated 2026-01-01; eight days later they are past a 7-day retention.
    expect(await sweepExpiredData(backend.db, new Date('2026-01-05T00:00:00Z'))).toBe(0);
    expect(await sweepExpiredData(backend.db, new Date('2026-01-09T12:00:00Z'))).toBe(2);
    const pulled = await call(backend.app, 'GET', '/api/sync/pull', { token });
    expect(pulled.body.changes.map((c: { id: string }) => c.id)).toEqual([entry.id]);
  });
});
