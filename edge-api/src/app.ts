/**
 * The RIVION API as one Hono app. Runs unchanged on Node (node/main.ts) and Cloudflare Workers
 * (worker.ts): WebCrypto only, no Node built-ins, configuration passed in.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { clientIpResolver } from './client-ip';
import { webAead } from './crypto/aead';
import { createKeyring } from './crypto/keyring';
import { ApiError, handleError, handleNotFound, validationError } from './errors';
import { BEARER, jsonResponse } from './openapi';
import { createMemoryRateLimitStore } from './rate-limit';
import { accountRoutes } from './routes/account';
import { authRoutes } from './routes/auth';
import { docsRoutes } from './routes/docs';
import { exportRoutes } from './routes/export';
import { settingsRoutes } from './routes/settings';
import { syncRoutes } from './routes/sync';
import type { AppDeps, AppEnv, Services } from './services';

const MAX_BODY_BYTES = 1024 * 1024;

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['health'],
  responses: {
    200: jsonResponse(z.object({ status: z.literal('ok') }), 'The API and its database answer'),
  },
});

export function createApp(deps: AppDeps) {
  const { db, config } = deps;
  const services: Services = {
    db,
    config,
    now: deps.now ?? (() => new Date()),
    keyring: deps.keyring ?? createKeyring(deps.aead ?? webAead, config.encryptionKey),
    clientIp: clientIpResolver(config.trustProxy, deps.peerIp),
    rateLimitStore: deps.rateLimitStore ?? createMemoryRateLimitStore(),
  };

  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error);
    },
  });
  app.onError(handleError);
  app.notFound(handleNotFound);
  app.openAPIRegistry.registerComponent('securitySchemes', BEARER, {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
  });

  app.use(
    '/api/*',
    cors({
      origin: config.appOrigins,
      allowHeaders: ['Authorization', 'Content-Type'],
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
      exposeHeaders: ['Retry-After', 'Content-Disposition'],
      maxAge: 600,
    }),
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, 'payload_too_large', 'Request body is larger than 1 MB');
      },
    }),
    async (c, next) => {
      await next();
      // Responses carry personal data: no browser or proxy cache may keep them.
      if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    },
  );

  const routes = app
    .openapi(healthRoute, async (c) => {
      await db.execute(sql`select 1`);
      return c.json({ status: 'ok' as const }, 200);
    })
    .route('/api/auth', authRoutes(services))
    .route('/api/auth', accountRoutes(services))
    .route('/api/settings', settingsRoutes(services))
    .route('/api/dashboard', exportRoutes(services))
    .route('/api/sync', syncRoutes(services))
    .route('/api/docs', docsRoutes);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'RIVION API', version: '1.0.0' },
  });
  // Unknown /api paths answer JSON 404 even when a host serves a web app around this one.
  app.all('/api/*', handleNotFound);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
