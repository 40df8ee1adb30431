import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from '../../../core/sync/protocol';
import { authenticatedRoute } from '../middleware/auth';
import { errorResponses, jsonBody, jsonResponse } from '../openapi';
import type { AppEnv, Services } from '../services';
import { streamSyncEvents, syncEventsRoute } from '../sync/events-route';
import { pullChanges } from '../sync/pull';
import { pushChanges } from '../sync/push';

export function syncRoutes(services: Services) {
  const authenticated = authenticatedRoute(services, 'sync');
  return new OpenAPIHono<AppEnv>()
    .openapi(
      createRoute({
        ...authenticated,
        method: 'get',
        path: '/pull',
        request: { query: pullQuerySchema },
        responses: {
          200: jsonResponse(pullResponseSchema, 'Changes after the cursor, oldest first'),
          ...errorResponses(400, 401),
        },
      }),
      async (c) => {
        const { cursor, limit } = c.req.valid('query');
        return c.json(await pullChanges(services, c.var.userId, cursor, limit), 200);
      },
    )
    .openapi(
      createRoute({
        ...authenticated,
        method: 'post',
        path: '/push',
        request: { body: jsonBody(pushRequestSchema) },
        responses: {
          200: jsonResponse(pushResponseSchema, 'What happened to each change'),
          ...errorResponses(400, 401, 403, 409, 413),
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
