import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { SyncChange } from '../../../core/sync/protocol';
import {
  feedbackChange,
  emotionLogChange,
  journalChange,
  messageChange,
  pushBody,
  sessionChange,
  tombstone,
} from '../testing/fixtures';
import { API_BACKENDS, registerUser, useTestBackend } from '../testing/harness';
import { call } from '../testing/call';

describe.each(API_BACKENDS)('sync on %s', (kind) => {
  const backend = useTestBackend(kind);

  const push = (token: string, changes: SyncChange[], epoch = 0) =>
    call(backend.app, 'POST', '/api/sync/push', { token, body: pushBody(changes, epoch) });
  const pull = (token: string, cursor = '0', limit = 500) =>
    call(backend.app, 'GET', `/api/sync/pull?cursor=${cursor}&limit=${limit}`, { token });

  it('round-trips every table, page by page, with cursors that resume', async () => {
    const { token } = await registerUser(backend.app);
    const session = sessionChange();
    const changes = [
      session,
      journalChange('Tired but hopeful'),
      messageChange(session.id, 'I could not sleep'),
      emotionLogChange(session.id),
      feedbackChange(session.id, 'it helped'),
      journalChange('Second entry'),
    ];
    const pushed = await push(token, changes);
    expect(pushed.status).toBe(200);
    expect(pushed.body).toEqual({
      applied: changes.map((c) => c.id),
      superseded: [],
      current: [],
      rejected: [],
      server_time: expect.any(Number),
    });

    const received: SyncChange[] = [];
    let cursor = '0';
    for (let page = 0; ; page++) {
      const response = await pull(token, cursor, 2);
      expect(response.status).toBe(200);
      expect(response.body.changes.length).toBeLessThanOrEqual(2);
      received.push(...response.body.changes);
      cursor = response.body.cursor;
      if (!response.body.has_more) break;
      expect(page).toBeLessThan(5);
    }
    expect(received).toHaveLength(changes.length);
    expect(new Map(received.map((c) => [c.id, c]))).toEqual(new Map(changes.map((c) => [c.id, c])));

    const caughtUp = await pull(token, cursor);
    expect(caughtUp.body).toMatchObject({ changes: [], cursor, has_more: false, epoch: 0 });
  });

  it('treats a repeated push as applied, and an older edit as superseded', async () => {
    const { token } = await registerUser(backend.app);
    const newer = journalChange('newer', { at: 10 });
    const older = journalChange('older', { id: newer.id, at: 5 });
    expect((await push(token, [newer])).body.applied).toEqual([newer.id]);
    const cursor = (await pull(token)).body.cursor;

    const again = await push(token, [newer]);
    expect(again.body).toMatchObject({ applied: [newer.id], superseded: [], rejected: [] });
    // Nothing was rewritten, so nothing new to pull.
    expect((await pull(token, cursor)).body.changes).toEqual([]);

    // The loser hears which version won, so it need not rely on its pull cursor to adopt it.
    expect((await push(token, [older])).body).toMatchObject({
      applied: [],
      superseded: [older.id],
      current: [newer],
    });
    expect((await pull(token)).body.changes).toEqual([newer]);
  });

  it('applies edits of one record within a batch in order, and stores deletions as tombstones', async () => {
    const { token } = await registerUser(backend.app);
    const first = journalChange('first', { at: 1 });
    const second = journalChange('second', { id: first.id, at: 2 });
    const removed = tombstone(first, 3);
    const response = await push(token, [first, second, removed]);
    expect(response.body.applied).toEqual([first.id, first.id, first.id]);
    expect((await pull(token)).body.changes).toEqual([removed]);

    const [row] = await rows(
      sql`select text, mood, tags, deleted from journal_entries where id = ${first.id}`,
    );
    expect(row).toEqual({ text: null, mood: null, tags: null, deleted: true });
  });

  it('stores every field a person wrote encrypted, and answers it decrypted', async () => {
    const { token } = await registerUser(backend.app);
    const plainSession = sessionChange(crypto.randomUUID(), 0, 'secret topic');
    const session = {
      ...plainSession,
      data: {
        ...plainSession.data!,
        notes: 'secret notes',
        summary: {
          dominant_emotion: 'sad',
          mean_stress: 55.5,
          peak_stress: 80,
          minutes_above_70: 1.5,
          hidden_stress_moments: 1,
          message_count: 4,
          suggestions: [],
          topics: [{ topic: 'work', mentions: 2, words: ['secret deadline'] }],
        },
      },
    } as SyncChange;
    const plainEntry = journalChange('my secret diary line');
    const entry = {
      ...plainEntry,
      data: { ...plainEntry.data!, tags: ['secret-tag'] },
    } as SyncChange;
    const message = messageChange(session.id, 'a secret chat message');
    const plainLog = emotionLogChange(session.id);
    const log = {
      ...plainLog,
      data: {
        ...plainLog.data!,
        text_keywords: ['secret-word'],
        face_features: { expression: 'secret label', blink_rate: 0.4 },
        voice_features: { tone: 'secret tone' },
      },
    } as SyncChange;
    const feedback = feedbackChange(session.id, 'a secret comment');
    await push(token, [session, entry, message, log, feedback]);

    const stored = [
      ...(await rows(sql`select text, tags from journal_entries where id = ${entry.id}`)),
      ...(await rows(sql`select topic, notes, summary from sessions where id = ${session.id}`)),
      ...(await rows(sql`select comment from feedback where id = ${feedback.id}`)),
      ...(await rows(sql`select content from messages where id = ${message.id}`)),
      ...(await rows(
        sql`select text_keywords, face_features, voice_features from emotion_logs where id = ${log.id}`,
      )),
    ].flatMap((row) => Object.values(row as Record<string, unknown>));
    expect(stored).toHaveLength(10);
    for (const value of stored) {
      expect(value).toMatch(/^v2\./);
      expect(value).not.toContain('secret');
    }
    const pulled = (await pull(token)).body.changes as SyncChange[];
    for (const change of [session, entry, message, log, feedback]) {
      expect(pulled.find((c) => c.id === change.id)).toEqual(change);
    }
  });

  it('reads back a record whose id a device sent in capitals', async () => {
    const { token } = await registerUser(backend.app);
    const entry = journalChange('capital id');
    await push(token, [{ ...entry, id: entry.id.toUpperCase() }]);
    const pulled = await pull(token);
    expect(pulled.status).toBe(200);
    expect(pulled.body.changes).toEqual([entry]);
  });

  it('refuses pushes once consent is withdrawn', async () => {
    const { token } = await registerUser(backend.app);
    await call(backend.app, 'PUT', '/api/auth/profile', {
      token,
      body: { privacy_consent: false },
    });
    const response = await push(token, [journalChange('x')]);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('consent_required');
  });

  it('refuses a malformed envelope as a whole', async () => {
    const { token } = await registerUser(backend.app);
    const bad = [
      { ...journalChange('x'), extra: 1 },
      { ...journalChange('x'), hlc: 'yesterday' },
      { ...journalChange('x'), id: 'not-a-uuid' },
      {
        table: 'users',
        id: crypto.randomUUID(),
        hlc: journalChange('x').hlc,
        deleted: true,
        data: null,
      },
    ];
    for (const change of bad) {
      const response = await call(backend.app, 'POST', '/api/sync/push', {
        token,
        body: pushBody([change as SyncChange]),
      });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_error');
    }
    expect((await pull(token, 'abc')).status).toBe(400);
    expect((await pull(token, '0', 5000)).status).toBe(400);
  });

  it('refuses a change whose data breaks a limit with a sentence, and applies the rest', async () => {
    const { token } = await registerUser(backend.app);
    const good = journalChange('fine');
    const longTag = { ...journalChange('x') };
    (longTag.data as { tags: string[] }).tags = ['x'.repeat(41)];
    const mood = {
      ...journalChange('x'),
      data: { mood: 11, text: 'x', tags: [], occurred_at: '2026-01-01T00:00:00Z' },
    } as SyncChange;
    const log = emotionLogChange(crypto.randomUUID());
    const pixels = {
      ...log,
      data: { ...log.data!, face_features: { pixels: [1, 2] } },
    } as unknown as SyncChange;
    const response = await push(token, [longTag, good, mood, pixels]);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      applied: [good.id],
      rejected: [
        { id: longTag.id, code: 'invalid', message: 'A tag can be at most 40 characters.' },
        { id: mood.id, code: 'invalid', message: 'The mood can be at most 10.' },
        { id: pixels.id, code: 'invalid', message: 'A face feature is not valid.' },
      ],
    });
    expect((await pull(token)).body.changes).toEqual([good]);
  });

  async function rows(query: ReturnType<typeof sql>): Promise<Record<string, unknown>[]> {
    const result = await backend.db.execute(query);
    return Array.isArray(result)
      ? result
      : (result as unknown as { rows: Record<string, unknown>[] }).rows;
  }
});
