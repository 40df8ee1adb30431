/**
 * POST /api/chat/reply: the companion's reply to the person's latest message, streamed as
 * server-sent events (schemas/chat-reply.ts documents them). The crisis check runs here, on the
 * server, before any reply is written, whatever the page already checked.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { streamSSE } from 'hono/streaming';
import type { Turn } from '../../../core/conversation/types';
import { writeReply } from '../chat/reply-stream';
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
  async function readChoices(userId: string) {
    const [row] = await services.db
      .select({ llm_enabled: preferences.llm_enabled, crisis_region: preferences.crisis_region })
      .from(preferences)
      .where(eq(preferences.user_id, userId));
    return { llmEnabled: row?.llm_enabled ?? false, region: row?.crisis_region ?? null };
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
      const choices = await readChoices(c.var.userId);
      const aborted = new AbortController();
      const response = streamSSE(c, async (stream) => {
        stream.onAbort(() => aborted.abort());
        try {
          await writeReply({
            context: contextOf(request, services.now().getTime()),
            // A region the person chose beats the browser's guess.
            region: choices.region ?? request.region,
            llm: services.llm,
            llmEnabled: choices.llmEnabled,
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
