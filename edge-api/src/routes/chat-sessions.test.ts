import { beforeAll, describe, expect, it } from 'vitest';
import type { SyncChange } from '../../../core/sync/protocol';
import { call } from '../testing/call';
import { emotionLogChange, feedbackChange, pushBody } from '../testing/fixtures';
import { API_BACKENDS, registerUser, useTestBackend, type TestUser } from '../testing/harness';

describe.each(API_BACKENDS)('chat sessions on %s', (kind) => {
  const backend = useTestBackend(kind);
  let sam: TestUser;
  let alex: TestUser;
  beforeAll(async () => {
    [sam, alex] = await Promise.all([registerUser(backend.app), registerUser(backend.app)]);
  });

  const post = (user: TestUser, path: string, body: unknown) =>
    call(backend.app, 'POST', `/api/chat${path}`, { token: user.token, body });
  const get = (user: TestUser, path: string) =>
    call(backend.app, 'GET', path, { token: user.token });
  const start = async (user: TestUser, topic?: string) => {
    const response = await post(user, '/session/start', topic === undefined ? {} : { topic });
    expect(response.status).toBe(201);
    return response.body.session_id as string;
  };
  const pull = async (user: TestUser) =>
    (await get(user, '/api/sync/pull')).body.changes as SyncChange[];

  it('runs a whole session and ends it with a summary the person’s devices pull', async () => {
    const started = await post(sam, '/session/start', { topic: 'exams' });
    expect(started.status).toBe(201);
    expect(started.body).toEqual({ session_id: expect.any(String), timestamp: expect.any(String) });
    const id = started.body.session_id;

    const said = await post(sam, '/message', {
      session_id: id,
      content: 'The deadline at work is stressing me out',
      emotion_label: 'fearful',
    });
    expect(said.status).toBe(201);
    expect(said.body).toMatchObject({ ai_response: null, emotion_detected: 'fearful' });
    const offered = await post(sam, '/message', {
      session_id: id,
      sender: 'ai',
      content: 'Would a slow breath help?',
      suggestion: 'box_breathing',
    });
    expect(offered.status).toBe(201);

    // A device of the same person adds readings and a rating through sync.
    const reading = emotionLogChange(id);
    const rating = feedbackChange(id, 'it helped');
    const pushed = await call(backend.app, 'POST', '/api/sync/push', {
      token: sam.token,
      body: pushBody([reading, rating]),
    });
    expect(pushed.body.applied).toHaveLength(2);

    const rated = await post(sam, '/feedback', {
      session_id: id,
      message_id: offered.body.message_id,
      suggestion_type: 'box_breathing',
      was_helpful: true,
      rating: 5,
      comment: '  calmer  ',
    });
    expect(rated.status).toBe(201);
    const refusedRating = await post(sam, '/feedback', {
      session_id: id,
      suggestion_type: 'box_breathing',
    });
    expect(refusedRating.status).toBe(400);
    expect(refusedRating.body.error.message).toMatch(/yes or no, or a rating/);

    const ended = await post(sam, '/session/end', { session_id: id });
    expect(ended.status).toBe(200);
    expect(ended.body.session_summary).toMatchObject({
      session_id: id,
      dominant_emotion: 'sad',
      mean_stress: 62,
      peak_stress: 62,
      hidden_stress_moments: 1,
      message_count: 2,
      suggestions: [{ type: 'box_breathing', offered: 1, helpful: 2, mean_rating: 4.5 }],
      topics: [{ topic: 'work', mentions: 1, words: ['deadline', 'work'] }],
    });
    expect(ended.body.stress_trend.direction).toBe('unknown');
    expect(ended.body.recommendations[0]).toMatch(/Box breathing helped/);

    // What the API wrote is what sync hands the person's devices.
    const changes = await pull(sam);
    const session = changes.find((change) => change.id === id);
    expect(session?.data).toMatchObject({
      topic: 'exams',
      ended_at: ended.body.session_summary.ended_at,
      summary: expect.objectContaining({ mean_stress: 62 }),
    });
    expect(session?.hlc).toMatch(/-server$/);
    const messages = changes.filter((change) => change.table === 'messages');
    expect(changes.find((change) => change.id === rated.body.feedback_id)?.data).toMatchObject({
      comment: 'calmer',
      message_id: offered.body.message_id,
      rating: 5,
    });
    expect(messages.map((change) => change.data)).toEqual([
      expect.objectContaining({
        sender: 'user',
        content: 'The deadline at work is stressing me out',
      }),
      expect.objectContaining({ sender: 'ai', suggestion: 'box_breathing' }),
    ]);

    const detail = await get(sam, `/api/chat/session/${id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ session_id: id, topic: 'exams', truncated: false });
    expect(detail.body.messages.map((m: { content: string }) => m.content)).toHaveLength(2);
    expect(detail.body.emotions).toHaveLength(1);
    expect(detail.body.stats).toEqual(detail.body.summary);

    const history = await get(sam, `/api/emotion/history/${id}`);
    expect(history.status).toBe(200);
    expect(history.body).toMatchObject({
      session_id: id,
      average_stress: 62,
      timeline: {
        points: [{ stress_score: 62, final_emotion: 'sad', hidden_stress_detected: true }],
      },
    });

    // Ended: no more messages; ending again keeps the end time.
    const late = await post(sam, '/message', { session_id: id, content: 'one more thing' });
    expect(late.status).toBe(409);
    const again = await post(sam, '/session/end', { session_id: id });
    expect(again.body.session_summary.ended_at).toBe(ended.body.session_summary.ended_at);
  });

  it('a session a device started offline can be continued here, and a later device edit wins', async () => {
    const id = await start(sam);
    const [session] = (await pull(sam)).filter((change) => change.id === id);
    const edited = {
      ...session!,
      hlc: `${(Date.now() + 1000).toString(36).padStart(11, '0')}-0000-device-2`,
      data: { ...session!.data!, topic: 'renamed on the phone' },
    } as SyncChange;
    const pushed = await call(backend.app, 'POST', '/api/sync/push', {
      token: sam.token,
      body: pushBody([edited], 0, 'device-2-id'),
    });
    expect(pushed.body.applied).toEqual([id]);
    expect((await get(sam, `/api/chat/session/${id}`)).body.topic).toBe('renamed on the phone');
  });

  it('lists sessions newest first, one bounded page at a time', async () => {
    const person = await registerUser(backend.app);
    const ids = [];
    for (let n = 0; n < 3; n++) {
      ids.push(await start(person, `topic ${n}`));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const first = await get(person, '/api/chat/sessions?limit=2');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(first.body.sessions.map((s: { session_id: string }) => s.session_id)).toEqual([
      ids[2],
      ids[1],
    ]);
    const second = await get(person, '/api/chat/sessions?limit=2&offset=2');
    expect(second.body.sessions.map((s: { topic: string }) => s.topic)).toEqual(['topic 0']);
    for (const query of ['limit=0', 'limit=101', 'offset=-1', 'page=2', 'sort=mood']) {
      const refused = await get(person, `/api/chat/sessions?${query}`);
      expect(refused.status, query).toBe(400);
      expect(refused.body.error.code).toBe('validation_error');
    }
  });

  it('refuses bad input with JSON errors that name the problem', async () => {
    const id = await start(sam);
    const cases: [unknown, number, string | RegExp][] = [
      [{ session_id: id, content: 'x'.repeat(10_001) }, 400, /at most 10000 characters/],
      [{ session_id: id, content: '' }, 400, /cannot be empty/],
      [{ session_id: id, content: 'hi', mood: 'great' }, 400, 'mood'],
      [{ session_id: 'not-a-uuid', content: 'hi' }, 400, 'session_id'],
      [{ session_id: id, content: 'a\u0000b' }, 400, /stored/],
      [{ session_id: id, content: 'hi', suggestion: 'short_walk' }, 400, /companion/],
    ];
    for (const [body, status, named] of cases) {
      const response = await post(sam, '/message', body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(status);
      expect(response.body.error.message).toMatch(named);
    }
    expect((await post(sam, '/session/start', { topic: 't'.repeat(201) })).status).toBe(400);
    expect((await post(sam, '/session/end', { session_id: id, extra: 1 })).status).toBe(400);
    const huge = await post(sam, '/message', { session_id: id, content: 'x'.repeat(1_100_000) });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
    expect((await get(sam, '/api/chat/session/not-a-uuid')).status).toBe(400);
    expect((await call(backend.app, 'GET', '/api/chat/sessions')).status).toBe(401);
  });

  it('never lets one person read, end, write to or rate another’s session: 404, as if absent', async () => {
    const id = await start(sam, 'private');
    const absent = crypto.randomUUID();
    for (const target of [id, absent]) {
      const answers = [
        await get(alex, `/api/chat/session/${target}`),
        await get(alex, `/api/emotion/history/${target}`),
        await post(alex, '/session/end', { session_id: target }),
        await post(alex, '/message', { session_id: target, content: 'hello?' }),
      ];
      for (const answer of answers) {
        expect(answer.status).toBe(404);
        expect(answer.body).toEqual({
          error: {
            code: 'not_found',
            message: 'No conversation with this id exists in your account',
          },
        });
      }
    }
    expect((await get(alex, '/api/chat/sessions')).body.sessions).toEqual([]);
    const rated = await post(alex, '/feedback', {
      session_id: id,
      suggestion_type: 'box_breathing',
      was_helpful: false,
    });
    expect(rated.status).toBe(404);
    expect(rated.body.error.code).toBe('not_found');
    // Through sync, Alex's own rating that names Sam's session id stays Alex's and never reaches Sam.
    const alexRating = feedbackChange(id, 'not yours');
    await call(backend.app, 'POST', '/api/sync/push', {
      token: alex.token,
      body: pushBody([alexRating]),
    });
    const detail = await get(sam, `/api/chat/session/${id}`);
    expect(detail.body.stats.suggestions).toEqual([]);
    expect((await pull(sam)).some((change) => change.id === alexRating.id)).toBe(false);
    const ended = await post(sam, '/session/end', { session_id: id });
    expect(ended.body.session_summary.suggestions).toEqual([]);
    expect(ended.body.session_summary.topics).toEqual([]);
  });
});
