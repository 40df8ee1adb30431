/**
 * Conversation sessions for clients that do not run the sync engine (seed 6.2, 6.3). Every route
 * reads and writes the same synced records a device pushes (chat/records.ts), so what one client
 * writes here reaches the person's devices on their next pull, and the other way round. A session
 * of another account answers 404, exactly like one that does not exist, so ids reveal nothing.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { newSession } from '../../../core/sessions/new-session';
import { sessionRecommendations, stressTrend } from '../../../core/sessions/outlook';
import { summarizeSession } from '../../../core/sessions/summary';
import {
  readSession,
  readSessionRecords,
  listSessions,
  withPersonData,
  writeRecords,
  type PersonTx,
} from '../chat/records';
import { ApiError } from '../errors';
import { authenticatedRoute } from '../middleware/auth';
import { apiRoute, errorResponses, jsonBody, jsonResponse } from '../openapi';
import {
  SESSION_RECORDS_MAX,
  emotionHistorySchema,
  endSessionBodySchema,
  endedSessionSchema,
  postMessageBodySchema,
  postedMessageSchema,
  rateSuggestionBodySchema,
  ratedSuggestionSchema,
  sessionDetailSchema,
  sessionIdParamSchema,
  sessionsPageSchema,
  sessionsQuerySchema,
  startSessionBodySchema,
  startedSessionSchema,
} from '../schemas/chat-sessions';
import type { AppEnv, Services } from '../services';

const NO_MEDIA =
  'Labels, scores and text only: no endpoint of this API accepts a face image or audio, which ' +
  'are analysed on the device and never sent.';

/** Everything summarizeSession needs about one session; at most SESSION_RECORDS_MAX of each. */
async function sessionRecords(person: PersonTx, sessionId: string) {
  const [messages, emotions, feedback] = await Promise.all([
    readSessionRecords(person, 'messages', sessionId, SESSION_RECORDS_MAX + 1),
    readSessionRecords(person, 'emotion_logs', sessionId, SESSION_RECORDS_MAX + 1),
    readSessionRecords(person, 'feedback', sessionId, SESSION_RECORDS_MAX + 1),
  ]);
  const truncated = [messages, emotions, feedback].some(
    (list) => list.length > SESSION_RECORDS_MAX,
  );
  return {
    messages: messages.slice(0, SESSION_RECORDS_MAX),
    emotions: emotions.slice(0, SESSION_RECORDS_MAX),
    feedback: feedback.slice(0, SESSION_RECORDS_MAX),
    truncated,
  };
}

export function chatSessionRoutes(services: Services) {
  const authenticated = authenticatedRoute(services, 'chat');
  const nowIso = () => services.now().toISOString();

  return new OpenAPIHono<AppEnv>()
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'post',
        path: '/session/start',
        summary: 'Start a conversation session',
        operationId: 'startChatSession',
        description: `Creates a session record, synced to the person's devices. ${NO_MEDIA}`,
        request: { body: jsonBody(startSessionBodySchema) },
        responses: {
          201: jsonResponse(startedSessionSchema, 'The new session'),
          ...errorResponses(403),
        },
      }),
      async (c) => {
        const { topic = null } = c.req.valid('json');
        const id = crypto.randomUUID();
        const startedAt = nowIso();
        await withPersonData(services, c.var.userId, (person) =>
          writeRecords(services, person, [
            {
              table: 'sessions',
              id,
              data: newSession(startedAt, topic),
            },
          ]),
        );
        return c.json({ session_id: id, timestamp: startedAt }, 201);
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'post',
        path: '/message',
        summary: 'Save a message of a session',
        operationId: 'postChatMessage',
        description:
          "Stores the person's message (or, with `sender: 'ai'`, the companion's reply the client " +
          'received) in an open session. The reply itself streams from POST /api/chat/reply. ' +
          `A message over the length limit is 400; a body over 1 MB is 413. ${NO_MEDIA}`,
        request: { body: jsonBody(postMessageBodySchema) },
        responses: {
          201: jsonResponse(postedMessageSchema, 'The stored message'),
          ...errorResponses(403, 404, 409),
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const id = crypto.randomUUID();
        const createdAt = body.created_at ?? nowIso();
        const emotion = body.emotion_label ?? null;
        await withPersonData(services, c.var.userId, async (person) => {
          const session = await readSession(person, body.session_id);
          if (session.ended_at !== null) {
            throw new ApiError(
              409,
              'session_ended',
              'This conversation has ended; start a new one',
            );
          }
          await writeRecords(services, person, [
            {
              table: 'messages',
              id,
              data: {
                session_id: body.session_id,
                sender: body.sender,
                content: body.content,
                emotion_label: emotion,
                tokens_used: null,
                response_time_ms: null,
                created_at: createdAt,
                suggestion: body.suggestion ?? null,
              },
            },
          ]);
        });
        return c.json(
          {
            message_id: id,
            created_at: new Date(createdAt).toISOString(),
            ai_response: null,
            emotion_detected: emotion,
          },
          201,
        );
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'post',
        path: '/feedback',
        summary: 'Rate a suggestion',
        operationId: 'rateSuggestion',
        description:
          'Whether a suggestion of the companion helped (yes or no, 1-5 stars, an optional ' +
          "comment, stored encrypted). Synced to the person's devices like a rating made there.",
        request: { body: jsonBody(rateSuggestionBodySchema) },
        responses: {
          201: jsonResponse(ratedSuggestionSchema, 'The stored rating'),
          ...errorResponses(403, 404),
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const id = crypto.randomUUID();
        const createdAt = nowIso();
        await withPersonData(services, c.var.userId, async (person) => {
          await readSession(person, body.session_id);
          await writeRecords(services, person, [
            {
              table: 'feedback',
              id,
              data: {
                session_id: body.session_id,
                message_id: body.message_id ?? null,
                suggestion_type: body.suggestion_type,
                was_helpful: body.was_helpful ?? null,
                rating: body.rating ?? null,
                comment: body.comment?.trim() || null,
                created_at: createdAt,
              },
            },
          ]);
        });
        return c.json({ feedback_id: id, created_at: createdAt }, 201);
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'post',
        path: '/session/end',
        summary: 'End a session and summarise it',
        operationId: 'endChatSession',
        description:
          'Closes the session and stores its summary, computed from its messages, emotion logs ' +
          'and suggestion ratings (core/sessions/summary.ts, as the device computes it). Ending ' +
          'again keeps the first end time and summarises again (ratings given after the end count).',
        request: { body: jsonBody(endSessionBodySchema) },
        responses: {
          200: jsonResponse(endedSessionSchema, 'The summary, how stress moved, next steps'),
          ...errorResponses(403, 404),
        },
      }),
      async (c) => {
        const body = c.req.valid('json');
        const result = await withPersonData(services, c.var.userId, async (person) => {
          const { id, ...session } = await readSession(person, body.session_id);
          const records = await sessionRecords(person, id);
          const endedAt = session.ended_at ?? body.ended_at ?? nowIso();
          const summary = summarizeSession(
            records.emotions,
            records.messages,
            records.feedback,
            endedAt,
          );
          await writeRecords(services, person, [
            {
              table: 'sessions',
              id,
              data: {
                ...session,
                ended_at: endedAt,
                summary,
                dominant_emotion: summary.dominant_emotion,
                total_stress_score: summary.mean_stress,
              },
            },
          ]);
          const trend = stressTrend(records.emotions);
          return {
            session_summary: {
              ...summary,
              session_id: id,
              started_at: session.started_at,
              ended_at: new Date(endedAt).toISOString(),
            },
            stress_trend: trend,
            recommendations: sessionRecommendations(summary, trend),
          };
        });
        return c.json(result, 200);
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'get',
        path: '/sessions',
        summary: 'List your sessions',
        operationId: 'listChatSessions',
        description: 'Newest first, a page at a time (`limit` at most 100, `offset`).',
        request: { query: sessionsQuerySchema },
        responses: { 200: jsonResponse(sessionsPageSchema, 'One page of sessions') },
      }),
      async (c) => {
        const { limit, offset } = c.req.valid('query');
        const page = await withPersonData(services, c.var.userId, (person) =>
          listSessions(person, limit, offset),
        );
        const sessions = page.sessions.map(({ id, ...data }) => ({ session_id: id, ...data }));
        return c.json({ sessions, total: page.total, limit, offset }, 200);
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'get',
        path: '/session/{session_id}',
        summary: 'Read a session with its messages',
        operationId: 'getChatSession',
        request: { params: sessionIdParamSchema },
        responses: {
          200: jsonResponse(sessionDetailSchema, 'The session, its messages and emotion logs'),
          ...errorResponses(404),
        },
      }),
      async (c) => {
        const { session_id } = c.req.valid('param');
        const detail = await withPersonData(services, c.var.userId, async (person) => {
          const { id, ...session } = await readSession(person, session_id);
          const records = await sessionRecords(person, id);
          const stats =
            session.summary ??
            summarizeSession(records.emotions, records.messages, records.feedback);
          return {
            ...session,
            session_id: id,
            messages: records.messages,
            emotions: records.emotions,
            stats,
            truncated: records.truncated,
          };
        });
        return c.json(detail, 200);
      },
    );
}

/** GET /api/emotion/history/{session_id}; the fusion routes share the /api/emotion prefix. */
export function emotionHistoryRoutes(services: Services) {
  const authenticated = authenticatedRoute(services, 'emotion');
  return new OpenAPIHono<AppEnv>().openapi(
    apiRoute({
      ...authenticated,
      method: 'get',
      path: '/history/{session_id}',
      summary: "Read a session's emotion timeline",
      operationId: 'getEmotionHistory',
      description: `Time series of a session's emotion logs, oldest first, for graphs. ${NO_MEDIA}`,
      request: { params: sessionIdParamSchema },
      responses: {
        200: jsonResponse(emotionHistorySchema, 'Readings, timeline and average stress'),
        ...errorResponses(404),
      },
    }),
    async (c) => {
      const { session_id } = c.req.valid('param');
      const history = await withPersonData(services, c.var.userId, async (person) => {
        const session = await readSession(person, session_id);
        const logs = await readSessionRecords(
          person,
          'emotion_logs',
          session.id,
          SESSION_RECORDS_MAX + 1,
        );
        const emotions = logs.slice(0, SESSION_RECORDS_MAX);
        const stresses = emotions.flatMap((log) =>
          log.stress_score === null ? [] : [log.stress_score],
        );
        return {
          session_id: session.id,
          emotions,
          timeline: {
            started_at: session.started_at,
            ended_at: session.ended_at,
            points: emotions.map((log) => ({
              at: log.recorded_at,
              stress_score: log.stress_score,
              final_emotion: log.final_emotion,
              hidden_stress_detected: log.hidden_stress_detected,
            })),
          },
          average_stress:
            stresses.length === 0
              ? null
              : Math.round((stresses.reduce((sum, s) => sum + s, 0) / stresses.length) * 10) / 10,
          truncated: logs.length > SESSION_RECORDS_MAX,
        };
      });
      return c.json(history, 200);
    },
  );
}
