/**
 * Fuzzes push and pull with values a careless or hostile client could send (lone surrogates, NUL,
 * year 0000, offsets past ±15:59, sub-millisecond precision, huge numbers, `__proto__` keys,
 * unknown fields), against both databases. No input may reach a 500, and every change reported
 * applied must pull back unchanged. Instants are compared as instants: the server returns them
 * normalised to UTC with milliseconds (see instantSchema); every other value must match exactly.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MICRO_INTERVENTIONS } from '../../../core/conversation/types';
import { BURNOUT_RISK_LEVELS, EMOTIONS } from '../../../core/emotions';
import { formatHlc } from '../../../core/sync/hlc';
import type { SyncChange } from '../../../core/sync/protocol';
import { call } from '../testing/call';
import { API_BACKENDS, registerUser, useTestBackend } from '../testing/harness';
import { sameChange } from './records';

// Mostly plausible values, so that whole changes get through and the round trip is checked.
const text = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9]([a-z0-9 ]{0,20}[a-z0-9])?$/) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  fc.constantFrom(
    'x\ud800y',
    '\udc00',
    'nul \u0000 byte',
    ' padded ',
    '',
    '__proto__',
    '\u2028\u2029',
    '😀 emoji',
    'x'.repeat(41),
  ),
);
const pad = (value: number, width: number) => String(value).padStart(width, '0');
const instant = fc.oneof(
  fc
    .record({
      year: fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1900, max: 2100 }) },
        fc.integer({ min: 0, max: 9999 }),
      ),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
      // PostgreSQL rounds beyond milliseconds, JavaScript truncates: .9996 tells them apart.
      fraction: fc.constantFrom('', '', '.1', '.123', '.123', '.1239', '.9996', '.123456789'),
      offset: fc.oneof(
        { weight: 2, arbitrary: fc.constant('Z') },
        fc
          .record({
            sign: fc.constantFrom('+', '-'),
            hours: fc.integer({ min: 0, max: 17 }),
            minutes: fc.integer({ min: 0, max: 59 }),
          })
          .map(({ sign, hours, minutes }) => `${sign}${pad(hours, 2)}:${pad(minutes, 2)}`),
      ),
    })
    .map(
      (t) =>
        `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}${t.fraction}${t.offset}`,
    ),
  fc.constantFrom('0000-01-01T00:00:00Z', '2026-11-26T09:00:00+16:00', 'yesterday'),
);
const number = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-0, 1e308, 2 ** 53 + 2, 0.1, 1e-300),
);
const nullable = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const emotion = nullable(fc.constantFrom(...EMOTIONS, 'bored'));
const features = nullable(
  fc.dictionary(
    fc.oneof(fc.constantFrom('__proto__', 'constructor', 'blink_rate', 'Bad-Key'), fc.string()),
    fc.oneof(number, fc.boolean(), text),
    { maxKeys: 4 },
  ),
);

const dataByTable = {
  journal_entries: fc.record({
    mood: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 10 }) }, number),
    text,
    tags: fc.oneof(fc.array(text, { maxLength: 3 }), fc.array(text, { maxLength: 22 })),
    occurred_at: instant,
  }),
  sessions: fc.record({
    started_at: instant,
    ended_at: nullable(instant),
    topic: nullable(text),
    total_stress_score: nullable(number),
    dominant_emotion: emotion,
    burnout_risk_level: nullable(fc.constantFrom(...BURNOUT_RISK_LEVELS, 'extreme')),
    notes: nullable(text),
    summary: nullable(
      fc.record({
        dominant_emotion: emotion,
        mean_stress: nullable(number),
        peak_stress: nullable(number),
        minutes_above_70: number,
        hidden_stress_moments: number,
        message_count: number,
        suggestions: fc.constant([]),
        topics: fc.array(
          fc.record({
            topic: fc.constantFrom('work', 'pets'),
            mentions: number,
            words: fc.array(text, { maxLength: 2 }),
          }),
          { maxLength: 2 },
        ),
      }),
    ),
  }),
  messages: fc.record({
    session_id: fc.uuid(),
    sender: fc.constantFrom('user', 'ai', 'robot'),
    content: text,
    emotion_label: emotion,
    tokens_used: nullable(number),
    response_time_ms: nullable(number),
    created_at: instant,
    suggestion: nullable(fc.constantFrom(...MICRO_INTERVENTIONS, 'hug')),
  }),
  emotion_logs: fc.record({
    session_id: fc.uuid(),
    recorded_at: instant,
    face_emotion: emotion,
    face_confidence: nullable(number),
    voice_emotion: emotion,
    voice_confidence: nullable(number),
    text_emotion: emotion,
    text_confidence: nullable(number),
    final_emotion: emotion,
    final_confidence: nullable(number),
    stress_score: nullable(number),
    hidden_stress_detected: fc.boolean(),
    face_features: features,
    voice_features: features,
    text_keywords: nullable(fc.array(text, { maxLength: 3 })),
    face_arousal: nullable(number),
    face_valence: nullable(number),
    voice_stress: nullable(number),
    voice_tone: nullable(fc.oneof(fc.constant('calm'), text)),
    text_sentiment: nullable(number),
    text_risk_level: nullable(fc.constantFrom('none', 'elevated', 'severe', 'extreme')),
  }),
  feedback: fc.record({
    session_id: fc.uuid(),
    message_id: nullable(fc.uuid()),
    suggestion_type: fc.constantFrom(...MICRO_INTERVENTIONS, 'hug'),
    was_helpful: nullable(fc.boolean()),
    rating: nullable(number),
    comment: nullable(text),
    created_at: instant,
  }),
};

const now = Date.now();
const change = fc
  .record({
    table: fc.constantFrom(...(Object.keys(dataByTable) as (keyof typeof dataByTable)[])),
    id: fc.uuid(),
    // Mostly now-ish; sometimes far in the future (clock_ahead) or at the epoch.
    wallMs: fc.oneof(
      fc.integer({ min: now - 86_400_000, max: now }),
      fc.integer({ min: 0, max: 36 ** 11 - 1 }),
    ),
    counter: fc.integer({ min: 0, max: 36 ** 4 - 1 }),
    deleted: fc.boolean(),
    extra: fc.option(fc.constantFrom('__proto__', 'unknown_field'), { nil: undefined }),
  })
  .chain(({ table, id, wallMs, counter, deleted, extra }) =>
    (deleted ? fc.constant(null) : (dataByTable[table] as fc.Arbitrary<object>)).map((data) => {
      const hlc = formatHlc({ wallMs, counter, node: 'fuzz-device' });
      const body: Record<string, unknown> = { table, id, hlc, deleted, data };
      // Defined, not assigned, so a `__proto__` key is a real key as JSON.parse would make it.
      if (extra && data) Object.defineProperty(data, extra, { value: 1, enumerable: true });
      return body;
    }),
  );

const pullQuery = fc.oneof(
  fc.record({
    cursor: fc.oneof(
      fc.bigInt({ min: -1n, max: 2n ** 65n }).map(String),
      fc.string({ maxLength: 25 }),
      fc.constantFrom('9999999999999999999', '9223372036854775807', '00000000000000000001'),
    ),
    limit: fc.oneof(fc.integer({ min: -5, max: 2000 }).map(String), fc.string({ maxLength: 5 })),
  }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

describe.each(API_BACKENDS)('fuzzed sync requests on %s', (kind) => {
  const backend = useTestBackend(kind);

  it('never answer 500, and every applied change pulls back unchanged', async () => {
    const { token } = await registerUser(backend.app);
    const pullAll = async (cursor: string) =>
      (await call(backend.app, 'GET', `/api/sync/pull?cursor=${cursor}&limit=1000`, { token }))
        .body as { changes: SyncChange[]; cursor: string };
    let cursor = '0';
    let appliedCount = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(change, { minLength: 1, maxLength: 5, selector: (c) => c.id }),
        async (generated) => {
          // Fresh ids each time: a replay while shrinking would otherwise be a repeated delivery.
          const changes = generated.map((c) => ({ ...c, id: randomUUID() }));
          // What travels is JSON: compare with what the server was sent, not with the JS values.
          const body = JSON.stringify({ client_id: 'fuzz-device', epoch: 0, changes });
          const response = await call(backend.app, 'POST', '/api/sync/push', { token, body });
          expect([200, 400]).toContain(response.status);
          if (response.status !== 200) return;
          const sent = (JSON.parse(body) as { changes: SyncChange[] }).changes;
          const page = await pullAll(cursor);
          cursor = page.cursor;
          const applied = new Set(response.body.applied as string[]);
          appliedCount += applied.size;
          expect(page.changes.map((c) => c.id).sort()).toEqual([...applied].sort());
          for (const pulled of page.changes) {
            const original = sent.find((c) => c.id === pulled.id)!;
            expect(pulled.hlc).toBe(original.hlc);
            expect(sameChange(pulled, original), JSON.stringify({ original, pulled })).toBe(true);
          }
        },
      ),
      { numRuns: 250, seed: 7_2026 },
    );
    // Enough valid changes got through for the round trip to have been checked.
    expect(appliedCount).toBeGreaterThan(30);
  }, 240_000);

  it('answers pull with 200 or 400, never 500', async () => {
    const { token } = await registerUser(backend.app);
    await fc.assert(
      fc.asyncProperty(pullQuery, async (query) => {
        const search = new URLSearchParams(query as Record<string, string>).toString();
        const response = await call(backend.app, 'GET', `/api/sync/pull?${search}`, { token });
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 150, seed: 7_2026 },
    );
  }, 120_000);
});
