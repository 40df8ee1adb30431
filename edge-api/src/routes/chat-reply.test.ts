import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { createReplyCounters } from '../chat/counters';
import { messages } from '../db/schema';
import { call } from '../testing/call';
import { API_BACKENDS, registerUser, type TestUser, useTestBackend } from '../testing/harness';
import { startOpenAiTestServer } from '../testing/openai-server';
import { postReply, readReply, replyBody, type ReadEvent } from '../testing/reply-stream';

const upstream = await startOpenAiTestServer();
afterAll(() => upstream.close());
const KEY = 'sk-test-5ecret-key-0000';
const TIMEOUT_MS = 400;

const shown = (events: ReadEvent[]) => {
  // What the page shows: tokens appended, a reset clearing them.
  let text = '';
  for (const { event, data } of events) {
    if (event === 'token') text += data.text;
    if (event === 'reset') text = '';
  }
  return text;
};
const done = (events: ReadEvent[]) => events.find((e) => e.event === 'done')!.data;

describe.each(API_BACKENDS)('POST /api/chat/reply on %s', (kind) => {
  const counters = createReplyCounters();
  const backend = useTestBackend(kind, {
    env: {
      LLM_BASE_URL: upstream.baseUrl,
      LLM_MODEL: 'test-model',
      LLM_API_KEY: KEY,
      LLM_TIMEOUT_MS: String(TIMEOUT_MS),
    },
    replyCounters: counters,
  });
  /** Turned the LLM on. */
  let chooser: TestUser;
  /** Left it off (the default). */
  let keeper: TestUser;
  beforeAll(async () => {
    [chooser, keeper] = await Promise.all([registerUser(backend.app), registerUser(backend.app)]);
    await call(backend.app, 'PUT', '/api/settings/preferences', {
      token: chooser.token,
      body: { llm_enabled: true },
    });
  });
  beforeEach(() => upstream.reset());

  async function reply(user: TestUser, message: string, extra: Record<string, unknown> = {}) {
    const response = await postReply(backend.app, user.token, replyBody(message, extra));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    return readReply(response);
  }

  it('answers with the built-in responder, never asking the LLM, when the person left it off', async () => {
    const events = await reply(keeper, 'The deadline on the project is weighing on me');
    expect(upstream.requests).toHaveLength(0);
    expect(events.filter((e) => e.event === 'token').length).toBeGreaterThan(3);
    const final = done(events);
    expect(final).toMatchObject({ source: 'builtin', risk: 'none', note: { code: 'llm_off' } });
    expect(shown(events)).toBe(final.text);
  });

  it('streams the LLM reply sentence by sentence, with the mood in the system prompt and the key only upstream', async () => {
    upstream.script({
      kind: 'stream',
      tokens: ['That ', 'sounds ', 'hard. ', 'Would a ', 'slow breath ', 'help right now?'],
    });
    const events = await reply(chooser, 'Exams tomorrow and I cannot focus', {
      mood: { emotion: 'fearful', stress: 82, valence: -0.5, arousal: 0.8, hidden_stress: false },
      history: [{ sender: 'user', content: 'Hi', at: 1 }],
    });
    expect(events.filter((e) => e.event === 'token').map((e) => e.data.text)).toEqual([
      'That sounds hard. ',
      'Would a slow breath help right now?',
    ]);
    expect(done(events)).toEqual({
      text: 'That sounds hard. Would a slow breath help right now?',
      source: 'llm',
      suggestion: 'box_breathing',
      risk: 'none',
      note: null,
    });
    const [sent] = upstream.requests;
    expect(sent!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(sent!.body).toMatchObject({ model: 'test-model', stream: true });
    expect(sent!.body.messages[0].role).toBe('system');
    expect(sent!.body.messages[0].content).toMatch(/fearful, stress 82/);
    expect(sent!.body.messages.slice(1)).toEqual([
      { role: 'user', content: 'Hi' },
      { role: 'user', content: 'Exams tomorrow and I cannot focus' },
    ]);
    expect(JSON.stringify(events)).not.toContain(KEY);
  });

  it('leaves out the unfinished sentence of a reply cut at the token limit', async () => {
    upstream.script({
      kind: 'stream',
      tokens: ['I hear you. ', 'Maybe we could ', 'try'],
      finish: 'length',
    });
    const events = await reply(chooser, 'Long day');
    expect(done(events)).toMatchObject({ text: 'I hear you.', source: 'llm' });
    expect(shown(events)).toBe('I hear you. ');
  });

  it('falls back quietly when the upstream errs, and leaks nothing of it', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    upstream.script({
      kind: 'error',
      status: 500,
      message: `Incorrect API key provided: ${KEY} at ${upstream.baseUrl} Error: at Object.<anonymous> (/srv/llm.js:1:1)`,
    });
    const response = await postReply(backend.app, chooser.token, replyBody('Rough week'));
    const raw = await response.clone().text();
    const events = await readReply(response);
    errors.mockRestore();
    expect(done(events)).toMatchObject({ source: 'builtin', note: { code: 'llm_unavailable' } });
    for (const secret of [KEY, upstream.baseUrl, '127.0.0.1', 'srv/llm.js', 'Incorrect']) {
      expect(raw).not.toContain(secret);
    }
    expect(errors).not.toHaveBeenCalled();
  });

  it('falls back within the timeout when the upstream stalls mid-stream, replacing what was shown', async () => {
    upstream.script({ kind: 'stall', tokens: ['I am ', 'here. ', 'Tell me ', 'more'] });
    const before = counters.fallbacks.stalled ?? 0;
    const started = performance.now();
    const events = await reply(chooser, 'Work was busy today');
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS * 10);
    expect(events.map((e) => e.event)).toContain('reset');
    expect(done(events)).toMatchObject({ source: 'builtin', note: { code: 'llm_unavailable' } });
    expect(shown(events)).toBe(done(events).text);
    expect(counters.fallbacks.stalled).toBe(before + 1);
  });

  it('falls back when the first token takes longer than the timeout', async () => {
    upstream.script({ kind: 'stream', tokens: ['Late. '], firstTokenDelayMs: TIMEOUT_MS * 3 });
    const events = await reply(chooser, 'Hello?');
    expect(events.map((e) => e.event)).not.toContain('reset');
    expect(done(events)).toMatchObject({ source: 'builtin', note: { code: 'llm_unavailable' } });
  });

  it('after a 429 answers at once from the built-in responder until Retry-After has passed', async () => {
    upstream.script({ kind: 'rate_limit', retryAfterSeconds: 60 });
    const first = await reply(chooser, 'Are you there?');
    expect(done(first)).toMatchObject({ source: 'builtin', note: { code: 'llm_unavailable' } });
    const second = await reply(chooser, 'Still there?');
    expect(done(second)).toMatchObject({ source: 'builtin', note: { code: 'llm_unavailable' } });
    expect(upstream.requests).toHaveLength(1);
  });
});

describe('POST /api/chat/reply, screening and safety', () => {
  const counters = createReplyCounters();
  const backend = useTestBackend('pglite', {
    env: { LLM_BASE_URL: upstream.baseUrl, LLM_MODEL: 'test-model', LLM_TIMEOUT_MS: '2000' },
    replyCounters: counters,
  });
  let user: TestUser;
  beforeAll(async () => {
    user = await registerUser(backend.app);
    await call(backend.app, 'PUT', '/api/settings/preferences', {
      token: user.token,
      body: { llm_enabled: true },
    });
  });
  beforeEach(() => upstream.reset());

  const reply = async (message: string, extra: Record<string, unknown> = {}) =>
    readReply(await postReply(backend.app, user.token, replyBody(message, extra)));

  it('replaces a dosing reply before a word of it is shown, and counts it without text', async () => {
    upstream.script({
      kind: 'stream',
      tokens: ['You could ', 'take 50 mg ', 'of sertraline ', 'tonight. ', 'Sleep well.'],
    });
    const events = await reply('Exams tomorrow and I cannot focus');
    expect(JSON.stringify(events)).not.toMatch(/sertraline|50 mg/);
    expect(events.map((e) => e.event)).not.toContain('reset');
    expect(done(events)).toMatchObject({
      source: 'builtin',
      note: { code: 'llm_reply_screened' },
    });
    expect(counters.screened).toEqual({ medication: 1 });
  });

  it('takes back sentences already shown when a later one is refused', async () => {
    upstream.script({
      kind: 'stream',
      tokens: [
        'That sounds ',
        'exhausting. ',
        'You probably have ',
        'clinical depression. ',
        'Rest.',
      ],
    });
    const events = await reply('The meeting ran long again');
    expect(events.map((e) => e.event)).toContain('reset');
    expect(shown(events)).not.toMatch(/depression/);
    expect(done(events)).toMatchObject({ note: { code: 'llm_reply_screened' } });
    expect(counters.screened.diagnosis).toBe(1);
  });

  it('answers a severe message with our own words and the region’s lines, never the LLM', async () => {
    const events = await reply("I'm going to kill myself tonight", { region: 'GB' });
    expect(upstream.requests).toHaveLength(0);
    const final = done(events);
    expect(final).toMatchObject({ source: 'safety', risk: 'severe', note: null });
    expect(final.text).toMatch(/116 123/);
    // A direct question about safety, as crisis counsellors ask it.
    expect(final.text).toMatch(/Are you safe right now\?|acting on these thoughts|safe at this/);
  });

  it('asks directly when the conversation is elevated, and hears the answer', async () => {
    const first = done(await reply('I feel so hopeless about everything', { region: 'US' }));
    expect(first).toMatchObject({ source: 'safety', risk: 'elevated' });
    expect(first.text).toMatch(/ending your life|suicide|killing themselves/);
    const history = [
      { sender: 'user', content: 'I feel so hopeless about everything', at: 1 },
      { sender: 'ai', content: first.text, at: 2 },
    ];
    const second = done(await reply('kind of', { region: 'US', history }));
    expect(second).toMatchObject({ source: 'safety', risk: 'severe' });
    expect(second.text).toMatch(/988/);
    expect(upstream.requests).toHaveLength(0);
  });

  it('replaces method talk with our words and the crisis lines', async () => {
    upstream.script({
      kind: 'stream',
      tokens: ['A lethal dose ', 'of that ', 'is lower than you think. '],
    });
    const events = await reply('The meeting ran long again', { region: 'GB' });
    expect(JSON.stringify(events)).not.toMatch(/lethal/);
    const final = done(events);
    expect(final).toMatchObject({ source: 'safety', note: { code: 'llm_reply_screened' } });
    expect(final.text).toMatch(/116 123/);
    expect(counters.screened.method).toBe(1);
  });

  it('prefers the region the person chose over the browser’s', async () => {
    await call(backend.app, 'PUT', '/api/settings/preferences', {
      token: user.token,
      body: { crisis_region: 'US' },
    });
    const final = done(await reply('I want to end my life', { region: 'GB' }));
    expect(final.text).toMatch(/988/);
    expect(final.text).not.toMatch(/116 123/);
    await call(backend.app, 'PUT', '/api/settings/preferences', {
      token: user.token,
      body: { crisis_region: null },
    });
  });

  it('survives a person who leaves mid-stream: no unhandled rejection, the upstream stopped, nothing stored', async () => {
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    try {
      upstream.script({
        kind: 'stream',
        tokens: Array.from({ length: 40 }, (_, i) => `Sentence ${i}. `),
        tokenDelayMs: 20,
      });
      const response = await postReply(backend.app, user.token, replyBody('Talk to me'));
      const events = await readReply(response, { stopAfter: 1 });
      expect(events[0]!.event).toBe('token');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(upstream.requests[0]!.closedEarly).toBe(true);
      // The next reply still works, and the cut one left no message behind.
      upstream.script({ kind: 'stream', tokens: ['Welcome back.'] });
      expect(done(await reply('Back again'))).toMatchObject({ text: 'Welcome back.' });
      const stored = await backend.db
        .select()
        .from(messages)
        .where(eq(messages.user_id, user.userId));
      expect(stored).toEqual([]);
      expect(rejections).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});

describe('POST /api/chat/reply without an LLM, and bad requests', () => {
  const backend = useTestBackend('pglite');
  let user: TestUser;
  beforeAll(async () => {
    user = await registerUser(backend.app);
    await call(backend.app, 'PUT', '/api/settings/preferences', {
      token: user.token,
      body: { llm_enabled: true },
    });
  });

  it('answers from the built-in responder with a note when the server has no LLM', async () => {
    const events = await readReply(await postReply(backend.app, user.token, replyBody('Hello')));
    expect(done(events)).toMatchObject({
      source: 'builtin',
      note: { code: 'llm_not_configured', message: expect.stringMatching(/RIVION wrote/) },
    });
  });

  it.each([
    ['an unknown field', { face_image: 'data:image/png;base64,AAAA' }, 'face_image'],
    [
      'a mood with more than labels and scores',
      {
        mood: {
          emotion: 'sad',
          stress: 50,
          valence: 0,
          arousal: 0.5,
          hidden_stress: false,
          audio: [1],
        },
      },
      'audio',
    ],
    ['a message over the limit', { message: 'a'.repeat(4001) }, 'at most 4000 characters'],
    ['an empty message', { message: '   ' }, 'must not be empty'],
    [
      'too much history',
      { history: Array.from({ length: 21 }, () => ({ sender: 'user', content: 'x', at: 1 })) },
      'at most 20 turns',
    ],
    ['a region that is not a code', { region: 'Britain' }, 'region'],
  ])('refuses %s with 400', async (_name, extra, named) => {
    const response = await call(backend.app, 'POST', '/api/chat/reply', {
      token: user.token,
      body: { ...replyBody('Hello'), ...extra },
    });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_error');
    expect(response.body.error.message).toContain(named);
  });

  it('refuses a body over 1 MB with 413, and a stranger with 401', async () => {
    const huge = await call(backend.app, 'POST', '/api/chat/reply', {
      token: user.token,
      body: replyBody('x'.repeat(1_100_000)),
    });
    expect(huge.status).toBe(413);
    const stranger = await call(backend.app, 'POST', '/api/chat/reply', { body: replyBody('Hi') });
    expect(stranger.status).toBe(401);
  });
});
