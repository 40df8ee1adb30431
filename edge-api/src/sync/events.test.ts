/** GET /api/sync/events: a push from one device nudges the account's other devices at once. */
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { call } from '../testing/call';
import { journalChange, pushBody } from '../testing/fixtures';
import { registerUser, useTestBackend } from '../testing/harness';
import { createLocalSyncEvents, unavailableSyncEvents } from './events';
import { createPostgresSyncEvents } from './pg-events';

/** Reads an event stream chunk by chunk, as the page does with fetch. */
function eventReader(response: Response) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  return {
    /** The next `event: change`, skipping comments (connected, heartbeats). */
    async nextChange(): Promise<{ cursor: string }> {
      for (;;) {
        const match = /event: change\ndata: (.*)\n\n/.exec(buffered);
        if (match) {
          buffered = buffered.slice(match.index + match[0].length);
          return JSON.parse(match[1]!) as { cursor: string };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        buffered += decoder.decode(value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

describe('sync events', () => {
  const backend = useTestBackend('pglite');
  const open = (token?: string) =>
    backend.app.request('/api/sync/events', {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const push = async (token: string) => {
    const response = await call(backend.app, 'POST', '/api/sync/push', {
      token,
      body: pushBody([journalChange('nudge')]),
    });
    expect(response.status).toBe(200);
  };
  const latestCursor = async (token: string) =>
    (await call(backend.app, 'GET', '/api/sync/pull', { token })).body.cursor as string;

  it("nudges the account's other device after a push, and only that account", async () => {
    const person = await registerUser(backend.app);
    const stranger = await registerUser(backend.app);
    const onDeviceB = await open(person.token);
    expect(onDeviceB.status).toBe(200);
    expect(onDeviceB.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(onDeviceB.headers.get('cache-control')).toBe('no-store');
    const events = eventReader(onDeviceB);

    // The stranger's push comes first: had it reached B's stream, it would be read first.
    await push(stranger.token);
    await push(person.token);
    expect(await events.nextChange()).toEqual({ cursor: await latestCursor(person.token) });
    await events.cancel();
  });

  it('nudges after "delete all my data" too', async () => {
    const person = await registerUser(backend.app);
    const events = eventReader(await open(person.token));
    const deleted = await call(backend.app, 'DELETE', '/api/settings/data', {
      token: person.token,
      body: { confirm: true },
    });
    expect(deleted.status).toBe(200);
    expect(await events.nextChange()).toEqual({ cursor: '0' });
    await events.cancel();
  });

  it('refuses a request without a token', async () => {
    const response = await open();
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'unauthorized',
    );
  });

  it('stops listening when the client goes away', async () => {
    const person = await registerUser(backend.app);
    const syncEvents = createLocalSyncEvents();
    const app = createApp({ db: backend.db, config: backend.config, syncEvents });
    const response = await app.request('/api/sync/events', {
      headers: { authorization: `Bearer ${person.token}` },
    });
    const reader = response.body!.getReader();
    await reader.read(); // ": connected": the subscription is in place
    expect(syncEvents.listenerCount(person.userId)).toBe(1);
    await reader.cancel();
    await expect.poll(() => syncEvents.listenerCount(person.userId)).toBe(0);
  });

  it('answers 501 not_available where streams cannot be held (Workers)', async () => {
    const person = await registerUser(backend.app);
    const app = createApp({
      db: backend.db,
      config: backend.config,
      syncEvents: unavailableSyncEvents,
    });
    const response = await call(app, 'GET', '/api/sync/events', { token: person.token });
    expect(response.status).toBe(501);
    expect(response.body.error.code).toBe('not_available');
  });
});

describe('sync events across processes on PostgreSQL', () => {
  it('hands a publish in one process to the streams of another', async () => {
    const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const [one, two] = [postgres(url, { max: 1 }), postgres(url, { max: 1 })];
    try {
      const [first, second] = [
        await createPostgresSyncEvents(one),
        await createPostgresSyncEvents(two),
      ];
      const userId = randomUUID();
      const heard = new Promise((resolve) => second.subscribe(userId, resolve));
      first.publish(userId, '42');
      expect(await heard).toBe('42');
    } finally {
      await Promise.all([one.end(), two.end()]);
    }
  });
});
