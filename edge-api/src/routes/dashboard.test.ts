import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateBurnoutRisk } from '../../../core/burnout/estimate';
import { dayKey } from '../../../core/dashboard/days';
import { bucketReadings } from '../../../core/dashboard/readings';
import { burnoutFromRecords } from '../../../core/dashboard/records';
import type { SyncChange, SyncDataByTable, SyncTable } from '../../../core/sync/protocol';
import {
  dayAt,
  deletion,
  emotionLog,
  journalMood,
  offer,
  rating,
  sessionChanges,
  type SeededSession,
} from '../dashboard/testing';
import { burnoutToWire } from '../dashboard/burnout';
import { readReadingBuckets } from '../dashboard/load';
import { emotionLogs, emotionStatistics } from '../db/schema';
import {
  burnoutRiskSchema,
  distributionSchema,
  stressTrendSchema,
  suggestionsSchema,
  summarySchema,
} from '../schemas/dashboard';
import { call } from '../testing/call';
import { pushBody } from '../testing/fixtures';
import { API_BACKENDS, registerUser, type TestUser, useTestBackend } from '../testing/harness';

const DAY_MS = 86_400_000;
const now = Date.now();
const day = (daysBefore: number) => dayKey(dayAt(daysBefore, 12, now));

/** Stress rising over four sessions on the three days before today; the last one still open. */
const history: SeededSession[] = [
  {
    id: randomUUID(),
    startedAt: dayAt(3, 12, now),
    minutes: 20,
    readings: [
      { stress: 30, emotion: 'neutral' },
      { stress: 40, emotion: 'neutral' },
      { stress: 50, emotion: 'neutral' },
    ],
  },
  {
    id: randomUUID(),
    startedAt: dayAt(2, 12, now),
    minutes: 20,
    readings: [
      { stress: 40, emotion: 'sad' },
      { stress: 50, emotion: 'neutral', hidden: true },
      { stress: 60, emotion: 'sad' },
    ],
  },
  {
    id: randomUUID(),
    startedAt: dayAt(1, 12, now),
    minutes: 20,
    readings: [
      { stress: 50, emotion: 'sad' },
      { stress: 60, emotion: 'sad' },
      { stress: 70, emotion: 'sad' },
    ],
  },
  {
    id: randomUUID(),
    startedAt: dayAt(1, 20, now),
    minutes: null,
    readings: [
      { stress: 70, emotion: 'angry', hidden: true },
      { stress: 80, emotion: 'sad' },
      { stress: 90, emotion: 'sad' },
    ],
  },
];

describe.each(API_BACKENDS)('dashboard figures on %s', (kind) => {
  const backend = useTestBackend(kind);
  let person: TestUser;
  let other: TestUser;
  let firstSessionLogs: SyncChange[];
  let personChanges: SyncChange[];
  const otherSession = randomUUID();

  const get = (user: TestUser, path: string) =>
    call(backend.app, 'GET', `/api/dashboard${path}`, { token: user.token });
  const push = async (user: TestUser, changes: SyncChange[]) => {
    const response = await call(backend.app, 'POST', '/api/sync/push', {
      token: user.token,
      body: pushBody(changes),
    });
    expect(response.body.applied).toHaveLength(changes.length);
  };
  const statistics = (user: TestUser) =>
    backend.db
      .select()
      .from(emotionStatistics)
      .where(eq(emotionStatistics.user_id, user.userId))
      .orderBy(asc(emotionStatistics.date));

  beforeAll(async () => {
    [person, other] = await Promise.all([registerUser(backend.app), registerUser(backend.app)]);
    const changes = history.flatMap(sessionChanges);
    firstSessionLogs = changes.filter(
      (c) => c.table === 'emotion_logs' && c.data?.session_id === history[0]!.id,
    );
    personChanges = [...changes, journalMood(dayAt(2, 21, now), 3)];
    await push(person, personChanges);
    // Someone else: one calm, happy session and their own feedback.
    await push(
      other,
      sessionChanges({
        id: otherSession,
        startedAt: dayAt(1, 9, now),
        minutes: 10,
        readings: [{ stress: 10, emotion: 'happy' }],
      }),
    );
    // Suggestions the companion offered, and the person's answers (synced like the rest).
    const [first, second] = history;
    const at = (hours: number) => dayAt(2, hours, now);
    await push(person, [
      offer(first!.id, at(12), 'box_breathing'),
      offer(second!.id, at(12), 'box_breathing'),
      offer(second!.id, at(13), 'box_breathing'),
      offer(second!.id, at(14), 'short_walk'),
      rating(first!.id, at(12), 'box_breathing', { helpful: true, stars: 5 }),
      rating(second!.id, at(13), 'box_breathing', { helpful: false, stars: 2 }),
    ]);
    await push(other, [
      offer(otherSession, at(10), 'reach_out'),
      rating(otherSession, at(10), 'reach_out', { helpful: true, stars: 4 }),
    ]);
  });

  it('summarises the week from the synced sessions', async () => {
    const response = await get(person, '/summary?date_range=7d');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      period: { from: dayKey(now - 6 * DAY_MS), to: dayKey(now) },
      sessions_count: 4,
      // Three 20-minute sessions, and the open one up to its last reading, 3 minutes in.
      total_minutes: 63,
      mean_stress: 57.5,
      current_stress: 80,
      hidden_stress_moments: 2,
      journal_entries: 1,
      streak: { current_days: 3, longest_days: 3 },
      burnout_risk: expect.stringMatching(/^(medium|high)$/),
    });
    expect(response.body.dominant_emotions[0]).toEqual({ emotion: 'sad', share: 58.3 });
    expect(response.body.avg_stress_trend.map((p: { date: string }) => p.date)).toEqual([
      day(3),
      day(2),
      day(1),
    ]);
    expect(response.body.recommendations[0].code).toBe('seek_professional_help');
  });

  it('estimates burnout risk exactly as core/ does on the same figures, rising trend first', async () => {
    const response = await get(person, '/burnout-risk');
    expect(response.status).toBe(200);
    const expected = estimateBurnoutRisk({
      sessions: history.map((s) => {
        const stresses = s.readings.map((r) => r.stress);
        return {
          id: s.id,
          startedAt: s.startedAt,
          endedAt: null,
          meanStress: stresses.reduce((a, b) => a + b, 0) / stresses.length,
          peakStress: Math.max(...stresses),
          dominantEmotion: s.id === history[0]!.id ? 'neutral' : 'sad',
        };
      }),
      journal: [{ at: dayAt(2, 21, now), mood: 3 }],
      now: Date.now(),
    });
    if (expected.status !== 'estimated') throw new Error('four sessions are enough');
    expect(response.body).toMatchObject({
      status: 'estimated',
      score: expected.score,
      risk_level: expected.level,
      trend: { direction: 'rising', sessions: 4 },
      sessions_counted: 4,
      sessions_needed: 0,
      message: null,
    });
    expect(response.body.factors.map((f: { code: string }) => f.code)).toContain(
      'increasing_stress',
    );
    expect(response.body.recommendations[0].sentence).toMatch(/doctor, counsellor or therapist/);

    // The device, offline, from the records it synced: the same answer.
    const live = <T extends SyncTable>(table: T) =>
      personChanges.flatMap((c) =>
        c.table === table && !c.deleted ? [{ ...(c.data as SyncDataByTable[T]), id: c.id }] : [],
      );
    const onDevice = burnoutFromRecords(
      {
        sessions: live('sessions'),
        emotionLogs: live('emotion_logs'),
        journal: live('journal_entries'),
      },
      Date.now(),
    );
    expect(response.body).toEqual(burnoutToWire(onDevice));
  });

  it('says there is not enough data yet for someone with one session, not a fake Low', async () => {
    const response = await get(other, '/burnout-risk');
    expect(response.body).toMatchObject({
      status: 'not_enough_data',
      risk_level: null,
      score: null,
      sessions_counted: 1,
      sessions_needed: 2,
    });
    expect(response.body.message).toMatch(/^Not enough data yet/);
  });

  it('gives stress per day and per session, oldest first', async () => {
    const byDay = await get(person, '/stress-trend?days=30');
    expect(byDay.status).toBe(200);
    expect(byDay.body.data).toEqual([
      { date: day(3), stress: 40, peak: 50, emotion: 'neutral', sessions: 1 },
      { date: day(2), stress: 50, peak: 60, emotion: 'sad', sessions: 1 },
      { date: day(1), stress: 70, peak: 90, emotion: 'sad', sessions: 2 },
    ]);
    const bySession = await get(person, '/stress-trend?days=30&by=session');
    expect(bySession.body.data.map((p: { stress: number }) => p.stress)).toEqual([40, 50, 60, 80]);
    expect(bySession.body.data[0].session_id).toBe(history[0]!.id);
  });

  it('groups by the person’s own days when they give their UTC offset', async () => {
    // Five hours east, the evening session (20:00 UTC) falls on the next calendar day.
    const response = await get(person, '/stress-trend?days=30&utc_offset_minutes=300');
    expect(response.body.data.map((p: { sessions: number }) => p.sessions)).toEqual([1, 1, 1, 1]);
  });

  it('counts each emotion and its share', async () => {
    const response = await get(person, '/emotion-distribution?days=7');
    expect(response.status).toBe(200);
    expect(response.body.total).toBe(12);
    expect(response.body.counts).toMatchObject({ sad: 7, neutral: 4, angry: 1, happy: 0 });
    expect(response.body.percentages).toMatchObject({ sad: 58.3, neutral: 33.3, angry: 8.3 });
  });

  it('says how helpful each kind of suggestion was', async () => {
    const response = await get(person, '/suggestions');
    expect(response.status).toBe(200);
    expect(response.body.suggestions).toEqual([
      {
        suggestion_type: 'box_breathing',
        offered: 3,
        rated: 2,
        helpful: 1,
        helpful_rate: 0.5,
        mean_rating: 3.5,
      },
      {
        suggestion_type: 'short_walk',
        offered: 1,
        rated: 0,
        helpful: 0,
        helpful_rate: null,
        mean_rating: null,
      },
    ]);
  });

  it('never shows one person another’s figures', async () => {
    const summary = await get(other, '/summary?date_range=30d');
    expect(summary.body).toMatchObject({ sessions_count: 1, mean_stress: 10, journal_entries: 0 });
    const distribution = await get(other, '/emotion-distribution?days=30');
    expect(distribution.body.counts).toMatchObject({ happy: 1, sad: 0 });
    const suggestions = await get(other, '/suggestions');
    expect(
      suggestions.body.suggestions.map((s: { suggestion_type: string }) => s.suggestion_type),
    ).toEqual(['reach_out']);
    const trend = await get(other, '/stress-trend?by=session');
    expect(trend.body.data).toHaveLength(1);
    expect((await statistics(other)).map((row) => row.max_stress_score)).toEqual([10]);
  });

  it('writes one emotion_statistics row per day when the figures are read', async () => {
    await get(person, '/stress-trend?days=7');
    const rows = await statistics(person);
    expect(rows.map((row) => row.date)).toEqual([day(3), day(2), day(1)]);
    expect(rows[2]).toMatchObject({
      avg_stress_score: 70,
      max_stress_score: 90,
      emotion_distribution: { sad: 5, angry: 1 },
    });
    // Three sessions were known by the end of the day before yesterday: from then on, a level.
    expect(rows.map((row) => row.burnout_risk_level)).toEqual([
      null,
      null,
      expect.stringMatching(/^(low|medium|high)$/),
    ]);
  });

  it('brings every day up to date for an export, even days the dashboard never showed', async () => {
    const newcomer = await registerUser(backend.app);
    const old = { ...history[0]!, id: randomUUID(), startedAt: dayAt(200, 12, now) };
    await push(newcomer, sessionChanges(old));
    const exported = await call(backend.app, 'POST', '/api/dashboard/export?format=json', {
      token: newcomer.token,
    });
    expect(exported.body.tables.emotion_statistics).toEqual([
      expect.objectContaining({ date: day(200), avg_stress_score: 40, max_stress_score: 50 }),
    ]);
  });

  it('brings the rows up to date after a late reading arrives and a day’s logs are deleted', async () => {
    await push(person, [
      emotionLog(history[1]!.id, dayAt(2, 12.5, now), { stress: 100, emotion: 'fearful' }),
      ...firstSessionLogs.map(deletion),
    ]);
    await get(person, '/summary');
    const rows = await statistics(person);
    expect(rows.map((row) => row.date)).toEqual([day(2), day(1)]);
    expect(rows[0]).toMatchObject({ max_stress_score: 100, avg_stress_score: 62.5 });
  });

  it('sums readings in SQL exactly as the device does in core/', async () => {
    const raw = await backend.db
      .select()
      .from(emotionLogs)
      .where(and(eq(emotionLogs.user_id, person.userId), eq(emotionLogs.deleted, false)));
    const device = bucketReadings(
      raw.map((row) => ({
        sessionId: row.session_id,
        recordedAt: Date.parse(row.recorded_at!),
        emotion: row.final_emotion,
        stress: row.stress_score,
        hiddenStress: row.hidden_stress_detected ?? false,
      })),
      -300,
    );
    const server = await readReadingBuckets(
      backend.db,
      person.userId,
      { fromMs: now - 30 * DAY_MS, toMs: Date.now() },
      -300,
    );
    const order = (b: { sessionId: string | null; day: string; emotion: string | null }) =>
      `${b.sessionId}${b.day}${b.emotion}`;
    expect([...server].sort((a, b) => order(a).localeCompare(order(b)))).toEqual(
      [...device].sort((a, b) => order(a).localeCompare(order(b))),
    );
  });

  it.each([
    ['/summary?date_range=1y', 'date_range'],
    ['/summary?utc_offset_minutes=900', 'utc_offset_minutes'],
    ['/stress-trend?days=0', 'days'],
    ['/stress-trend?days=366', 'days'],
    ['/stress-trend?days=abc', 'days'],
    ['/stress-trend?by=hour', 'by'],
    ['/emotion-distribution?days=7&emotion=sad', 'emotion'],
    ['/suggestions?days=1.5', 'days'],
    ['/burnout-risk?window=90', 'window'],
  ])('answers %s with a 400 naming %s', async (path, field) => {
    const response = await get(person, path);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation_error');
    expect(response.body.error.message).toContain(field);
  });

  it.each([
    ['/summary', summarySchema],
    ['/burnout-risk', burnoutRiskSchema],
    ['/stress-trend', stressTrendSchema],
    ['/stress-trend?by=session', stressTrendSchema],
    ['/emotion-distribution', distributionSchema],
    ['/suggestions', suggestionsSchema],
  ] as const)('answers %s as its OpenAPI schema says', async (path, schema) => {
    for (const user of [person, other]) {
      const response = await get(user, path);
      expect(response.status).toBe(200);
      expect(schema.safeParse(response.body).error).toBeUndefined();
    }
  });

  it('needs a signed-in person', async () => {
    const response = await call(backend.app, 'GET', '/api/dashboard/summary');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthorized');
  });
});
