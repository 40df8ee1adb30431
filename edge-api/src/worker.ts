/**
 * Cloudflare Workers entry (wrangler.toml). Static files in ./dist are answered by the assets
 * binding before this code runs; the Worker sees /api/* and the cron trigger.
 */
import { drizzle } from 'drizzle-orm/postgres-js';
import { Hono, type ExecutionContext } from 'hono';
import postgres from 'postgres';
import { createApp } from './app';
import { ConfigError, loadConfig, type ConfigEnv } from './config';
import * as schema from './db/schema';
import { createMemoryRateLimitStore } from './middleware/rate-limit';
import { sweepExpiredData } from './retention';
import { securityHeaders } from './middleware/security-headers';

/** Secrets and variables from wrangler, plus an optional Hyperdrive binding in front of PostgreSQL. */
interface WorkerEnv {
  HYPERDRIVE?: { connectionString: string };
  [binding: string]: unknown;
}

// Per isolate, so it outlives single requests (best effort: each isolate counts on its own).
const rateLimitStore = createMemoryRateLimitStore();

/**
 * A fresh client per invocation: Workers forbid using one request's socket from another, and
 * Hyperdrive pools the real connections, so a short-lived client costs little.
 */
function connect(env: WorkerEnv) {
  // Bindings also hold objects (ASSETS, HYPERDRIVE); configuration is the string ones.
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
  // fetch_types off: one round trip less per connection, and our schema uses no custom types.
  const client = postgres(config.databaseUrl, { max: 5, fetch_types: false });
  return { config, client, db: drizzle({ client, schema }) };
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    const { config, client, db } = connect(env);
    const api = createApp({
      db,
      config,
      peerIp: (c) => c.req.header('cf-connecting-ip'),
      rateLimitStore,
    });
    try {
      return await new Hono().use(securityHeaders()).route('/', api).fetch(request, env, ctx);
    } finally {
      ctx.waitUntil(client.end());
    }
  },

  async scheduled(_controller: unknown, env: WorkerEnv, ctx: ExecutionContext): Promise<void> {
    const { client, db } = connect(env);
    ctx.waitUntil(sweepExpiredData(db, new Date()).finally(() => client.end()));
  },
};
