/**
 * Bodies and answers of the chat session and emotion history routes (seed 6.2, 6.3), for clients
 * that do not run the sync engine. Records are the synced ones (core/sync/protocol.ts) with their id.
 */
import { z } from '@hono/zod-openapi';
import { MICRO_INTERVENTIONS } from '../../../core/conversation/types';
import { EMOTIONS } from '../../../core/emotions';
import {
  FEEDBACK_COMMENT_MAX,
  MESSAGE_CONTENT_MAX,
  SESSION_TOPIC_MAX,
} from '../../../core/journal/limits';
import { sessionSummarySchema } from '../../../core/sessions/summary-schema';
import {
  emotionLogDataSchema,
  instantSchema,
  messageDataSchema,
  sessionDataSchema,
} from '../../../core/sync/protocol';

/** Pages of GET /api/chat/sessions, and the most records one session answer carries. */
export const SESSIONS_PAGE_MAX = 100;
export const SESSIONS_PAGE_DEFAULT = 20;
export const SESSIONS_OFFSET_MAX = 100_000;
export const SESSION_RECORDS_MAX = 2_000;

const sessionId = z.uuid().describe('The conversation session, as returned by session/start');

export const sessionIdParamSchema = z.strictObject({
  session_id: z.uuid().openapi({ param: { name: 'session_id', in: 'path' } }),
});

export const startSessionBodySchema = z
  .strictObject({
    topic: z
      .string()
      .max(SESSION_TOPIC_MAX, `A topic can be at most ${SESSION_TOPIC_MAX} characters`)
      .nullable()
      .optional(),
  })
  .openapi('StartSessionRequest');

export const startedSessionSchema = z
  .object({ session_id: z.uuid(), timestamp: z.iso.datetime() })
  .openapi('StartedSession');

export const postMessageBodySchema = z
  .strictObject({
    session_id: sessionId,
    content: z
      .string()
      .min(1, 'A message cannot be empty')
      .max(MESSAGE_CONTENT_MAX, `A message can be at most ${MESSAGE_CONTENT_MAX} characters`),
    sender: z
      .enum(['user', 'ai'])
      .default('user')
      .describe("'ai' stores the companion's reply a client received from POST /api/chat/reply"),
    emotion_label: z.enum(EMOTIONS).nullable().optional(),
    suggestion: z.enum(MICRO_INTERVENTIONS).nullable().optional(),
    created_at: instantSchema.optional(),
  })
  .openapi('PostMessageRequest');

export const postedMessageSchema = z
  .object({
    message_id: z.uuid(),
    created_at: z.iso.datetime(),
    ai_response: z
      .null()
      .describe(
        'Always null here: replies stream from POST /api/chat/reply (the seed returned one)',
      ),
    emotion_detected: z.enum(EMOTIONS).nullable(),
  })
  .openapi('PostedMessage');

export const rateSuggestionBodySchema = z
  .strictObject({
    session_id: sessionId,
    message_id: z.uuid().nullable().optional().describe('The companion message that offered it'),
    suggestion_type: z.enum(MICRO_INTERVENTIONS),
    was_helpful: z.boolean().nullable().optional(),
    rating: z.number().int().min(1).max(5).nullable().optional(),
    comment: z
      .string()
      .max(FEEDBACK_COMMENT_MAX, `A comment can be at most ${FEEDBACK_COMMENT_MAX} characters`)
      .nullable()
      .optional(),
  })
  .openapi('RateSuggestionRequest');

export const ratedSuggestionSchema = z
  .object({ feedback_id: z.uuid(), created_at: z.iso.datetime() })
  .openapi('RatedSuggestion');

export const endSessionBodySchema = z
  .strictObject({ session_id: sessionId, ended_at: instantSchema.optional() })
  .openapi('EndSessionRequest');

const recordOf = <T extends z.ZodObject>(data: T) => data.safeExtend({ id: z.uuid() });

export const endedSessionSchema = z
  .object({
    session_summary: sessionSummarySchema.extend({
      session_id: z.uuid(),
      started_at: z.iso.datetime(),
      ended_at: z.iso.datetime(),
    }),
    stress_trend: z.object({
      direction: z.enum(['rising', 'falling', 'steady', 'unknown']),
      start: z.number().nullable(),
      end: z.number().nullable(),
    }),
    recommendations: z.array(z.string()),
  })
  .openapi('EndedSession');

export const sessionListItemSchema = sessionDataSchema
  .extend({ session_id: z.uuid() })
  .openapi('SessionListItem');

export const sessionsQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(SESSIONS_PAGE_MAX).default(SESSIONS_PAGE_DEFAULT),
  offset: z.coerce.number().int().min(0).max(SESSIONS_OFFSET_MAX).default(0),
  sort: z.enum(['date']).default('date').describe('Newest first by start time (the only order)'),
});

export const sessionsPageSchema = z
  .object({
    sessions: z.array(sessionListItemSchema),
    total: z.number().int().min(0),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .openapi('SessionsPage');

export const sessionDetailSchema = sessionDataSchema
  .extend({
    session_id: z.uuid(),
    messages: z.array(recordOf(messageDataSchema)),
    emotions: z.array(recordOf(emotionLogDataSchema)),
    stats: sessionSummarySchema.describe(
      'The stored summary once the session ended; before that, the summary so far',
    ),
    truncated: z
      .boolean()
      .describe(`True when messages or emotions were cut at ${SESSION_RECORDS_MAX}, oldest kept`),
  })
  .openapi('SessionDetail');

export const emotionHistorySchema = z
  .object({
    session_id: z.uuid(),
    emotions: z.array(recordOf(emotionLogDataSchema)),
    timeline: z.object({
      started_at: z.iso.datetime(),
      ended_at: z.iso.datetime().nullable(),
      points: z.array(
        z.object({
          at: z.iso.datetime(),
          stress_score: z.number().int().nullable(),
          final_emotion: z.enum(EMOTIONS).nullable(),
          hidden_stress_detected: z.boolean(),
        }),
      ),
    }),
    average_stress: z.number().nullable(),
    truncated: z.boolean(),
  })
  .openapi('EmotionHistory');
