/**
 * What push refuses, one change at a time, and the bad input that used to reach a 500. Runs on
 * both databases: PostgreSQL and PGlite refuse different things in different words.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_CLOCK_AHEAD_MS } from '../../../core/sync/constants';
import { formatHlc } from '../../../core/sync/hlc';
import type { JournalEntryData, SyncChange } from '../../../core/sync/protocol';
import { call } from '../testing/call';
import { emotionLogChange, journalChange, pushBody } from '../testing/fixtures';
import { API_BACKENDS, registerUser, useTestBackend } from '../testing/harness';
import { deleteAllMyData } from './testing/api-transport';

describe.each(API_BACKENDS)('push and pull refusals on %s', (kind) => {
  let serverNow = Date.now();
  const backend = useTestBackend(kind, { now: () => new Date(serverNow) });
  // A test that moves the server's clock ahead must not leave it there: a token issued "in the
  // future" is refused by the real-time check of its iat, and the next test read 401.
  beforeEach(() => {
    serverNow = Date.now();
  });

  const push = (token: string, changes: SyncChange[], epoch = 0) =>
    call(backend.app, 'POST', '/api/sync/push', { token, body: pushBody(changes, epoch) });
  const pull = (token: string, cursor = '0') =>
    call(backend.app, 'GET', `/api/sync/pull?cursor=${cursor}`, { token });
  const stampedAt = (wallMs: number, node = 'test-device-1') =>
    formatHlc({ wallMs, counter: 0, node });
  const withData = (change: SyncChange, patch: Partial<JournalEntryData>) =>
    ({ ...change, data: { ...(change.data as JournalEntryData), ...patch } }) as SyncChange;

  it('refuses a change stamped beyond the drift limit, and accepts one within it', async () => {
    serverNow = Date.now();
    const { token } = await registerUser(backend.app);
    const far = { ...journalChange('year 9999'), hlc: stampedAt(Date.parse('9999-01-01')) };
    const ahead = { ...journalChange('2 days on'), hlc: stampedAt(serverNow + 2 * 86_400_000) };
    const near = { ...journalChange('clock a bit fast'), hlc: stampedAt(serverNow + 60_000) };
    const response = await push(token, [far, ahead, near]);
    expect(response.status).toBe(200);
    expect(response.body.applied).toEqual([near.id]);
    expect(response.body.rejected).toMatchObject([
      { id: far.id, code: 'clock_ahead' },
      { id: ahead.id, code: 'clock_ahead' },
    ]);
    expect(response.body.server_time).toBe(serverNow);
    expect(MAX_CLOCK_AHEAD_MS).toBeLessThan(2 * 86_400_000);
  });

  it('refuses different data under a timestamp already used, and re-applies the same data', async () => {
    const { token } = await registerUser(backend.app);
    const stored = journalChange('the words that were saved');
    await push(token, [stored]);
    const sameAgain = withData(stored, { occurred_at: '2026-01-01T09:30:00+01:00' });
    const response = await push(token, [sameAgain]);
    expect(response.body).toMatchObject({ applied: [stored.id], rejected: [] });

    const other = withData(stored, { text: 'different words, same timestamp' });
    const reused = await push(token, [other]);
    expect(reused.body).toMatchObject({ applied: [], rejected: [{ code: 'hlc_reused' }] });
    expect((await pull(token)).body.changes).toEqual([stored]);
  });

  it('refuses changes stamped before "delete all my data", keeps later ones, and says where it was', async () => {
    serverNow = Date.now();
    const { token } = await registerUser(backend.app);
    await push(token, [{ ...journalChange('old'), hlc: stampedAt(serverNow - 1000) }]);
    const epoch = await deleteAllMyData(backend.app, token);
    const page = await pull(token);
    expect(page.body).toMatchObject({
      changes: [],
      epoch,
      reset_hlc: stampedAt(serverNow, 'server'),
    });

    serverNow += 1000;
    const before = { ...journalChange('written before'), hlc: stampedAt(serverNow - 2000) };
    const after = { ...journalChange('written after'), hlc: stampedAt(serverNow) };
    const response = await push(token, [before, after], epoch);
    expect(response.body).toMatchObject({
      applied: [after.id],
      rejected: [{ id: before.id, code: 'data_reset' }],
    });
  });

  it('answers 400 with a sentence for a cursor beyond bigint', async () => {
    const { token } = await registerUser(backend.app);
    const response = await pull(token, '9999999999999999999');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/cursor/);
    expect((await pull(token, '9223372036854775807')).status).toBe(200);
  });

  it.each([
    ['a tag with a lone surrogate', { tags: ['x\ud800y'] }, 'A tag contains a character'],
    ['text with a lone surrogate', { text: 'x\udc00' }, 'The text contains a character'],
    ['text with a NUL', { text: 'x\u0000y' }, 'The text contains a character'],
    ['year 0000', { occurred_at: '0000-01-01T00:00:00Z' }, 'The date and time must be'],
    ['year 0050', { occurred_at: '0050-06-01T00:00:00Z' }, 'The date and time must be'],
    ['an offset of +16:00', { occurred_at: '2026-11-26T09:00:00+16:00' }, 'The date and time'],
    ['microseconds', { occurred_at: '2026-11-26T09:00:00.123456Z' }, 'The date and time'],
  ])('refuses %s as invalid instead of failing', async (_, patch, sentence) => {
    const { token } = await registerUser(backend.app);
    const change = withData(journalChange('x'), patch);
    const response = await push(token, [change]);
    expect(response.status).toBe(200);
    expect(response.body.rejected).toEqual([
      { id: change.id, code: 'invalid', message: expect.stringContaining(sentence) },
    ]);
  });

  it('stores the edges of the date range and an offset of -15:59 exactly, as instants', async () => {
    const { token } = await registerUser(backend.app);
    const edges = {
      '0100-01-01T00:00:00Z': '0100-01-01T00:00:00.000Z',
      '9999-12-31T23:59:59.999Z': '9999-12-31T23:59:59.999Z',
      '2026-11-26T09:00:00-15:59': '2026-11-27T00:59:00.000Z',
    };
    const changes = Object.keys(edges).map((at) =>
      withData(journalChange(at), { occurred_at: at }),
    );
    expect((await push(token, changes)).body.applied).toHaveLength(3);
    const pulled = (await pull(token)).body.changes as SyncChange[];
    expect(pulled.map((change) => (change.data as JournalEntryData).occurred_at)).toEqual(
      Object.values(edges),
    );
  });

  it('refuses a feature named __proto__ instead of dropping it', async () => {
    const { token } = await registerUser(backend.app);
    const log = emotionLogChange(crypto.randomUUID());
    const body = JSON.stringify(pushBody([log])).replace(
      '"face_features":{',
      '"face_features":{"__proto__":{"polluted":true},',
    );
    const response = await call(backend.app, 'POST', '/api/sync/push', { token, body });
    expect(response.body.rejected).toEqual([
      {
        id: log.id,
        code: 'invalid',
        message: 'The face features cannot include a feature named __proto__.',
      },
    ]);
  });
});
