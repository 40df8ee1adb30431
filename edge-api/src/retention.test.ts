import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { emotionStatistics } from './db/schema';
import { sweepExpiredData } from './retention';
import { journalChange, messageChange, pushBody, sessionChange } from './testing/fixtures';
import { API_BACKENDS, registerUser, useTestBackend } from './testing/harness';
import { call } from './testing/call';

describe.each(API_BACKENDS)('retention sweep on %s', (kind) => {
  const backend = useTestBackend(kind);

  it('deletes conversation data older than each person’s retention period, nothing else', async () => {
    // Two people, 7 and 30 days: one sweep must apply each person's own period.
    const [brief, long] = [await registerUser(backend.app), await registerUser(backend.app)];
    const kept: Record<string, string[]> = {};
    for (const [person, days] of [
      [brief, 7],
      [long, 30],
    ] as const) {
      await call(backend.app, 'PUT', '/api/settings/preferences', {
        token: person.token,
        body: { data_retention_days: days },
      });
      const session = sessionChange();
      const message = messageChange(session.id, 'old words');
      const entry = journalChange('journals are not swept');
      await call(backend.app, 'POST', '/api/sync/push', {
        token: person.token,
        body: pushBody([session, message, entry]),
      });
      kept[person.token] = days === 7 ? [entry.id] : [session.id, message.id, entry.id].sort();
    }

    // The fixtures are dated 2026-01-01; eight days later they are past 7 days but not 30.
    expect(await sweepExpiredData(backend.db, new Date('2026-01-05T00:00:00Z'))).toBe(0);
    expect(await sweepExpiredData(backend.db, new Date('2026-01-09T12:00:00Z'))).toBe(2);
    for (const person of [brief, long]) {
      const pulled = await call(backend.app, 'GET', '/api/sync/pull', { token: person.token });
      expect(pulled.body.changes.map((c: { id: string }) => c.id).sort()).toEqual(
        kept[person.token],
      );
    }
  });

  it('deletes the daily statistics of days wholly older than the period, as their logs go', async () => {
    const person = await registerUser(backend.app);
    await call(backend.app, 'PUT', '/api/settings/preferences', {
      token: person.token,
      body: { data_retention_days: 7 },
    });
    const day = (date: string) => ({ user_id: person.userId, date, avg_stress_score: 50 });
    await backend.db.insert(emotionStatistics).values([day('2026-02-01'), day('2026-02-02')]);
    // Seven days before noon on 9 February is noon on 2 February: 1 February is wholly older.
    await sweepExpiredData(backend.db, new Date('2026-02-09T12:00:00Z'));
    const left = await backend.db
      .select({ date: emotionStatistics.date })
      .from(emotionStatistics)
      .where(eq(emotionStatistics.user_id, person.userId));
    expect(left).toEqual([{ date: '2026-02-02' }]);
  });
});
