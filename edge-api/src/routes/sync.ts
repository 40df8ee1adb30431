import { OpenAPIHono } from '@hono/zod-openapi';
import {
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from '../../../core/sync/protocol';
import { authenticatedRoute } from '../middleware/auth';
import { apiRoute, errorResponses, jsonBody, jsonResponse } from '../openapi';
import type { AppEnv, Services } from '../services';
import { streamSyncEvents, syncEventsRoute } from '../sync/events-route';
import { pullChanges } from '../sync/pull';
import { pushChanges } from '../sync/push';

export function syncRoutes(services: Services) {
  const authenticated = authenticatedRoute(services, 'sync');
  return new OpenAPIHono<AppEnv>()
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'get',
        path: '/pull',
        summary: 'Pull changes after a cursor',
        description: 'Any query parameter other than `cursor` and `limit` is refused with 400.',
        operationId: 'pullChanges',
        request: { query: pullQuerySchema },
        responses: {
          200: jsonResponse(
            pullResponseSchema.openapi('PullResponse'),
            'Changes after the cursor, oldest first',
          ),
        },
      }),
      async (c) => {
        const { cursor, limit } = c.req.valid('query');
        return c.json(await pullChanges(services, c.var.userId, cursor, limit), 200);
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'post',
        path: '/push',
        summary: 'Push changes',
        operationId: 'pushChanges',
        request: { body: jsonBody(pushRequestSchema.openapi('PushRequest')) },
        responses: {
          200: jsonResponse(
            pushResponseSchema.openapi('PushResponse'),
            'What happened to each change',
          ),
          ...errorResponses(403, 409),
        },
      }),
      async (c) => {
        const userId = c.var.userId;
        const { response, lastSeq } = await pushChanges(services, userId, c.req.valid('json'));
        if (lastSeq !== null) services.syncEvents.publish(userId, lastSeq.toString());
        return c.json(response, 200);
      },
    )
    .openapi(syncEventsRoute(authenticated), (c) => streamSyncEvents(services, c));
}
