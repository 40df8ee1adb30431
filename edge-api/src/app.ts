/**
 * The RIVION API as one Hono app. Runs unchanged on Node (node/main.ts) and Cloudflare Workers
 * (worker.ts): WebCrypto only, no Node built-ins, configuration passed in.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import { cors } from 'hono/cors';
import { createSessionCache } from './auth/sessions';
import { createReplyCounters } from './chat/counters';
import { createLlmClient } from './chat/llm';
import { webAead } from './crypto/aead';
import { createKeyring } from './crypto/keyring';
import { handleError, handleNotFound, validationError } from './errors';
import { limitBody } from './middleware/body-limit';
import { clientIpResolver } from './middleware/client-ip';
import { noStore } from './middleware/no-store';
import { createMemoryRateLimitStore, generalRateLimit } from './middleware/rate-limit';
import { apiRoute, BEARER, jsonResponse, OPENAPI_DOCUMENT } from './openapi';
import { accountRoutes } from './routes/account';
import { authRoutes } from './routes/auth';
import { chatReplyRoutes } from './routes/chat-reply';
import { passwordRoutes } from './routes/password';
import { dashboardRoutes } from './routes/dashboard';
import { docsRoutes } from './routes/docs';
import { emotionRoutes } from './routes/emotion';
import { exportRoutes } from './routes/export';
import { settingsRoutes } from './routes/settings';
import { syncRoutes } from './routes/sync';
import type { AppDeps, AppEnv, Services } from './services';
import { defaultSyncEvents } from './sync/events';

const healthRoute = apiRoute({
  method: 'get',
  path: '/api/health',
  tags: ['health'],
  summary: 'Check health',
  operationId: 'getHealth',
  security: [],
  responses: {
    200: jsonResponse(z.object({ status: z.literal('ok') }), 'The API and its database answer'),
  },
});

export function createApp(deps: AppDeps) {
  const { config } = deps;
  const database = deps.db;
  const services: Services = {
    get db() {
      return typeof database === 'function' ? database() : database;
    },
    config,
    now: deps.now ?? (() => new Date()),
    keyring: deps.keyring ?? createKeyring(deps.aead ?? webAead, config.encryptionKey),
    clientIp: clientIpResolver(config.trustProxy, deps.peerIp),
    rateLimitStore: deps.rateLimitStore ?? createMemoryRateLimitStore(),
    sessionCache: createSessionCache(),
    syncEvents: deps.syncEvents ?? defaultSyncEvents(),
    textEmotionModel: deps.textEmotionModel,
    llm: config.llm && createLlmClient(config.llm),
    replyCounters: deps.replyCounters ?? createReplyCounters(),
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
    noStore(),
    cors({
      origin: config.appOrigins,
      allowHeaders: ['Authorization', 'Content-Type'],
      allowMethods: ['GET', 'POST', 'PUT', 'DELETE'],
      exposeHeaders: ['Retry-After', 'Content-Disposition'],
      maxAge: 600,
    }),
    // After CORS, so a browser can read the 429's Retry-After.
    generalRateLimit(services),
    limitBody(),
  );

  const routes = app
    .openapi(healthRoute, async (c) => {
      await services.db.execute(sql`select 1`);
      return c.json({ status: 'ok' as const }, 200);
    })
    .route('/api/auth', authRoutes(services))
    .route('/api/auth', accountRoutes(services))
    .route('/api/auth', passwordRoutes(services))
    .route('/api/settings', settingsRoutes(services))
    .route('/api/dashboard', exportRoutes(services))
    .route('/api/dashboard', dashboardRoutes(services))
    .route('/api/sync', syncRoutes(services))
    .route('/api/emotion', emotionRoutes(services))
    .route('/api/chat', chatReplyRoutes(services))
    .route('/api/docs', docsRoutes);

  app.doc31('/api/openapi.json', OPENAPI_DOCUMENT);
  // Unknown /api paths answer JSON 404 even when a host serves a web app around this one.
  app.all('/api/*', handleNotFound);
  return routes;
}

export type AppType = ReturnType<typeof createApp>;
