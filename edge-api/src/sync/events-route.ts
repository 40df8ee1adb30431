/** GET /api/sync/events: a text/event-stream of nudges for the signed-in account. */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { ApiError, errorBodySchema } from '../errors';
import type { authenticatedRoute } from '../middleware/auth';
import { apiRoute, contentResponse, jsonResponse } from '../openapi';
import type { AppEnv, Services } from '../services';

/** Often enough that proxies and phones keep an idle connection open. */
const HEARTBEAT_MS = 25_000;

export function syncEventsRoute(authenticated: ReturnType<typeof authenticatedRoute>) {
  return apiRoute({
    ...authenticated,
    method: 'get',
    path: '/events',
    summary: "Live nudges when the account's data changes",
    operationId: 'syncEvents',
    description:
      'Server-sent events: `event: change` with `data: {"cursor":"<server_seq>"}` after every push or reset of this account, and a comment line every 25 s. Read it with fetch and the Authorization header. Where the runtime cannot hold a stream (Cloudflare Workers) it answers 501 not_available and clients keep polling.',
    responses: {
      200: contentResponse(
        { 'text/event-stream': { schema: z.string() } },
        'An endless event stream',
      ),
      501: jsonResponse(errorBodySchema, 'Live events are not available here (not_available)'),
    },
  });
}

export function streamSyncEvents(services: Services, c: Context<AppEnv>): Response {
  if (!services.syncEvents.available) {
    throw new ApiError(
      501,
      'not_available',
      'Live sync events are not available on this server; sync periodically instead',
    );
  }
  const userId = c.var.userId;
  const response = streamSSE(c, async (stream) => {
    let end = () => {};
    const ended = new Promise<void>((resolve) => (end = resolve));
    stream.onAbort(end);
    const unsubscribe = services.syncEvents.subscribe(userId, (cursor) => {
      if (cursor === null) end();
      else void stream.writeSSE({ event: 'change', data: JSON.stringify({ cursor }) });
    });
    const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), HEARTBEAT_MS);
    try {
      await stream.write(': connected\n\n');
      await ended;
    } finally {
      clearInterval(heartbeat);
      unsubscribe();
    }
  });
  // Nothing here may be kept by a cache, and a buffering proxy would hold the nudges back.
  // (through c.header: Hono merges the context's headers into the returned response)
  c.header('Cache-Control', 'no-store');
  c.header('X-Accel-Buffering', 'no');
  return response;
}
