/**
 * POST /api/chat/reply: the companion's reply to the person's latest message, streamed as
 * server-sent events (schemas/chat-reply.ts documents them). The crisis check runs here, on the
 * server, before any reply is written, whatever the page already checked.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { streamSSE } from 'hono/streaming';
import type { Turn } from '../../../core/conversation/types';
import { normalizeRegion } from '../../../core/text/crisis';
import { writeReply, type ReplyChoices } from '../chat/reply-stream';
import { preferences } from '../db/schema';
import { authenticatedRoute } from '../middleware/auth';
import { apiRoute, contentResponse, jsonBody } from '../openapi';
import {
  CHAT_REPLY_EVENTS_DESCRIPTION,
  chatReplyRequestSchema,
  type ChatReplyRequest,
} from '../schemas/chat-reply';
import type { AppEnv, Services } from '../services';

export function chatReplyRoutes(services: Services) {
  async function readChoices(userId: string, browserRegion: string | null): Promise<ReplyChoices> {
    let row: { llm_enabled: boolean; crisis_region: string | null } | undefined;
    try {
      [row] = await services.db
        .select({ llm_enabled: preferences.llm_enabled, crisis_region: preferences.crisis_region })
        .from(preferences)
        .where(eq(preferences.user_id, userId));
    } catch (error) {
      // The reply still comes, from the built-in responder: a person is never left unanswered.
      console.error(`POST /api/chat/reply could not read preferences: ${(error as Error).name}`);
    }
    return {
      llmEnabled: row?.llm_enabled ?? false,
      // A region the person chose beats the browser's guess.
      region: normalizeRegion(row?.crisis_region) ?? normalizeRegion(browserRegion),
    };
  }

  return new OpenAPIHono<AppEnv>().openapi(
    apiRoute({
      ...authenticatedRoute(services, 'chat'),
      method: 'post',
      path: '/reply',
      summary: "Stream the companion's reply",
      operationId: 'streamChatReply',
      description: CHAT_REPLY_EVENTS_DESCRIPTION,
      request: { body: jsonBody(chatReplyRequestSchema) },
      responses: {
        200: contentResponse(
          { 'text/event-stream': { schema: z.string() } },
          'token, reset and done events (see the description)',
        ),
      },
    }),
    async (c) => {
      const request = c.req.valid('json');
      // Sent now, awaited only when the reply needs it: the query runs while the crisis check
      // does, and it is issued before the response leaves (a Worker ends its database client then).
      const choices = readChoices(c.var.userId, request.region);
      const aborted = new AbortController();
      const response = streamSSE(c, async (stream) => {
        stream.onAbort(() => aborted.abort());
        try {
          await writeReply({
            context: contextOf(request, services.now().getTime()),
            choices: () => choices,
            llm: services.llm,
            counters: services.replyCounters,
            signal: aborted.signal,
            now: () => services.now().getTime(),
            send: ({ event, data }) => stream.writeSSE({ event, data: JSON.stringify(data) }),
          });
        } catch (error) {
          // Headers are gone: the stream just ends, and the log names the error class only.
          if (!aborted.signal.aborted) {
            console.error(`POST /api/chat/reply failed: ${(error as Error).name}`);
          }
        }
      });
      c.header('Cache-Control', 'no-store');
      c.header('X-Accel-Buffering', 'no');
      return response;
    },
  );
}

function contextOf(request: ChatReplyRequest, nowMs: number) {
  const history: Turn[] = [
    ...request.history,
    { sender: 'user', content: request.message, at: nowMs },
  ];
  const mood = request.mood && {
    emotion: request.mood.emotion,
    stress: request.mood.stress,
    valence: request.mood.valence,
    arousal: request.mood.arousal,
    hiddenStress: request.mood.hidden_stress,
  };
  return { history, mood, offered: request.offered };
}
