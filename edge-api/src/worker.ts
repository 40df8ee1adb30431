/**
 * Cloudflare Workers entry (wrangler.toml). Static files in ./dist are answered by the assets
 * binding before this code runs; the Worker sees /api/* and the cron trigger.
 *
 * The Hono app is built once per isolate; the database client is made per request (Workers forbid
 * using one request's socket from another; Hyperdrive pools the real connections), and the app
 * reaches it through an AsyncLocalStorage scoped to the request.
 */
import { drizzle } from 'drizzle-orm/postgres-js';
import { Hono, type ExecutionContext } from 'hono';
import { AsyncLocalStorage } from 'node:async_hooks';
import postgres from 'postgres';
import { createApp } from './app';
import { ConfigError, loadConfig, type Config, type ConfigEnv } from './config';
import type { Database } from './db/database';
import * as schema from './db/schema';
import { createMemoryRateLimitStore } from './middleware/rate-limit';
import {
  createDurableObjectRateLimitStore,
  type RateLimiterNamespace,
} from './middleware/rate-limit-durable-object';
import { securityHeaders } from './middleware/security-headers';
import { sweepExpiredData } from './retention';

export { RateLimiter } from './middleware/rate-limit-durable-object';

/**
 * Secrets and variables from wrangler (JWT_SECRET, RIVION_ENCRYPTION_KEY, LLM_BASE_URL, LLM_MODEL,
 * LLM_API_KEY, LLM_TIMEOUT_MS...: the names of config.ts), a Hyperdrive binding and the rate
 * limiter's namespace.
 */
interface WorkerEnv {
  HYPERDRIVE?: { connectionString: string };
  RATE_LIMITER?: RateLimiterNamespace;
  [binding: string]: unknown;
}

function workerConfig(env: WorkerEnv): Config {
  // Bindings also hold objects (ASSETS, HYPERDRIVE, RATE_LIMITER); configuration is the strings.
  const vars: ConfigEnv = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  const config = loadConfig({
    ...vars,
    DATABASE_URL: env.HYPERDRIVE?.connectionString ?? vars.DATABASE_URL,
  });
  if (!config.databaseUrl) {
    throw new ConfigError(
      'DATABASE_URL (or a Hyperdrive binding named HYPERDRIVE) must be set on Workers.',
    );
  }
  return config;
}

function connect(databaseUrl: string) {
  // fetch_types off: one round trip less per connection, and our schema uses no custom types.
  const client = postgres(databaseUrl, { max: 5, fetch_types: false });
  return { client, db: drizzle({ client, schema }) as Database };
}

const requestDatabase = new AsyncLocalStorage<Database>();

function requestDb(): Database {
  const db = requestDatabase.getStore();
  if (!db) throw new Error('No database for this request (outside the Worker fetch handler)');
  return db;
}

function buildWorkerApp(env: WorkerEnv) {
  const config = workerConfig(env);
  const api = createApp({
    db: requestDb,
    config,
    peerIp: (c) => c.req.header('cf-connecting-ip'),
    // Without the binding (a bare `wrangler dev`), limits count per isolate.
    rateLimitStore: env.RATE_LIMITER
      ? createDurableObjectRateLimitStore(env.RATE_LIMITER)
      : createMemoryRateLimitStore(),
  });
  return { config, fetch: new Hono().use(securityHeaders()).route('/', api).fetch };
}

// The environment is fixed for an isolate's life, so the first request's env builds it.
let app: ReturnType<typeof buildWorkerApp> | undefined;

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    app ??= buildWorkerApp(env);
    const { client, db } = connect(app.config.databaseUrl!);
    try {
      return await requestDatabase.run(db, () => app!.fetch(request, env, ctx));
    } finally {
      ctx.waitUntil(client.end());
    }
  },

  async scheduled(_controller: unknown, env: WorkerEnv, ctx: ExecutionContext): Promise<void> {
    const { client, db } = connect(workerConfig(env).databaseUrl!);
    try {
      await sweepExpiredData(db, new Date());
    } finally {
      ctx.waitUntil(client.end());
    }
  },
};
