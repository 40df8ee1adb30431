/**
 * The Worker bundled as wrangler bundles it, then run for real: under workerd (Miniflare), against a
 * throwaway PostgreSQL database through a Hyperdrive binding, with the Durable Object rate limiter.
 */
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncChange } from '../../core/sync/protocol';
import { journalChange, messageChange, pushBody, sessionChange } from './testing/fixtures';
import { prepareStorage } from './testing/harness';
import { openDatabase } from './node/database';

/** The Worker as wrangler bundles it for workerd. */
const bundleWorker = () =>
  build({
    entryPoints: ['edge-api/src/worker.ts'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    // Provided at run time by the nodejs_compat flag and the Workers runtime.
    external: ['node:*', 'cloudflare:*'],
    logLevel: 'silent',
  });

describe('Cloudflare Worker bundle', () => {
  it('builds for workerd with only nodejs_compat built-ins and without PGlite', async () => {
    const result = await bundleWorker();
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('@electric-sql/pglite'))).toBe(false);
    expect(inputs.some((path) => path.includes('edge-api/src/node/'))).toBe(false);
    expect(inputs).toContain('edge-api/src/app.ts');
  });
});

describe('the Worker under workerd', () => {
  let mf: Miniflare;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const storage = await prepareStorage('postgres');
    if (storage.target.kind !== 'server') throw new Error('expected a PostgreSQL database');
    await (await openDatabase(storage.target)).close();
    dispose = storage.dispose;
    const [bundle] = (await bundleWorker()).outputFiles;
    // Miniflare refuses a Hyperdrive URL without a password; trust auth ignores this one.
    const hyperdrive = new URL(storage.target.url);
    hyperdrive.password = 'unused';
    const worker = {
      modules: true,
      script: bundle!.text,
      compatibilityDate: '2025-09-01',
      compatibilityFlags: ['nodejs_compat'],
      bindings: {
        JWT_SECRET: randomBytes(32).toString('base64'),
        RIVION_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        TRUST_PROXY: 'true',
      },
      hyperdrives: { HYPERDRIVE: hyperdrive.toString() },
    };
    mf = new Miniflare({
      workers: [
        { ...worker, name: 'api', durableObjects: { RATE_LIMITER: 'RateLimiter' } },
        // A second isolate sharing the first one's Durable Object namespace.
        {
          ...worker,
          name: 'api-2',
          durableObjects: { RATE_LIMITER: { className: 'RateLimiter', scriptName: 'api' } },
        },
        // No Durable Object: the in-memory store, which lives as long as the isolate's app.
        { ...worker, name: 'api-memory' },
      ],
    });
    await mf.ready;
  }, 60_000);

  afterAll(async () => {
    await mf?.dispose();
    await dispose?.();
  });

  async function send(
    method: string,
    path: string,
    {
      token,
      body,
      ip = '198.51.100.1',
      worker = 'api',
    }: {
      token?: string;
      body?: unknown;
      ip?: string;
      worker?: string;
    } = {},
  ) {
    const fetcher = await mf.getWorker(worker);
    const response = await fetcher.fetch(`https://rivion.example${path}`, {
      method,
      headers: {
        'x-forwarded-for': ip,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions on many shapes
    const json: any = response.headers.get('content-type')?.includes('json')
      ? JSON.parse(text)
      : text;
    return { status: response.status, headers: response.headers, body: json };
  }

  const register = async (email: string) => {
    const response = await send('POST', '/api/auth/register', {
      body: { email, username: 'Sam', password: 'correct horse battery', privacy_consent: true },
    });
    expect(response.status).toBe(201);
    return response.body as { user_id: string; token: string; refresh_token: string };
  };

  it('registers, logs in, refreshes, syncs, exports, and sweeps only expired data on the cron', async () => {
    const ana = await register('ana@example.com');
    const ben = await register('ben@example.com');
    const login = await send('POST', '/api/auth/login', {
      body: { email: 'ana@example.com', password: 'correct horse battery' },
    });
    expect(login.status).toBe(200);
    expect(login.headers.get('content-security-policy')).toContain("default-src 'self'");
    const refreshed = await send('POST', '/api/auth/refresh', {
      body: { refresh_token: login.body.refresh_token },
    });
    expect(refreshed.status).toBe(200);
    expect((await send('GET', '/api/auth/me', { token: refreshed.body.token })).body.user_id).toBe(
      ana.user_id,
    );

    // Both push the same January conversation; Ana keeps data 7 days, Ben ten years.
    await send('PUT', '/api/settings/preferences', {
      token: ana.token,
      body: { data_retention_days: 7 },
    });
    await send('PUT', '/api/settings/preferences', {
      token: ben.token,
      body: { data_retention_days: 3650 },
    });
    const pushed: Record<string, SyncChange[]> = {};
    for (const [name, user] of [
      ['ana', ana],
      ['ben', ben],
    ] as const) {
      const session = sessionChange();
      pushed[name] = [
        session,
        messageChange(session.id, `${name} said`),
        journalChange(`${name} wrote`),
      ];
      const push = await send('POST', '/api/sync/push', {
        token: user.token,
        body: pushBody(pushed[name]!),
      });
      expect(push.status).toBe(200);
      expect(push.body.rejected).toEqual([]);
    }
    const pulled = await send('GET', '/api/sync/pull', { token: ana.token });
    expect(pulled.body.changes).toEqual(expect.arrayContaining(pushed.ana!));
    const exported = await send('POST', '/api/dashboard/export', { token: ana.token });
    expect(exported.status).toBe(200);
    expect(JSON.stringify(exported.body)).toContain('ana wrote');
    expect(JSON.stringify(exported.body)).not.toContain('ben wrote');

    await (await mf.getWorker('api')).scheduled({ cron: '17 * * * *' });
    const ids = async (token: string) =>
      (await send('GET', '/api/sync/pull', { token })).body.changes.map((c: SyncChange) => c.id);
    // Ana's January session and message are past 7 days; journals are not swept; Ben keeps all.
    expect(await ids(ana.token)).toEqual([pushed.ana![2]!.id]);
    expect((await ids(ben.token)).sort()).toEqual(pushed.ben!.map((c) => c.id).sort());
  }, 60_000);

  /** Seven wrong logins for one unknown email from seven addresses, sent to `workerFor(i)`. */
  async function wrongLogins(email: string, workerFor: (i: number) => string) {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const response = await send('POST', '/api/auth/login', {
        body: { email, password: `guess ${i}` },
        ip: `203.0.113.${i}`,
        worker: workerFor(i),
      });
      statuses.push(response.status);
    }
    return statuses;
  }

  it('counts wrong passwords for one account across isolates (Durable Object store)', async () => {
    const statuses = await wrongLogins('nobody@example.com', (i) => (i % 2 ? 'api-2' : 'api'));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  }, 60_000);

  it('builds the app once per isolate, so its in-memory state outlives a request', async () => {
    const statuses = await wrongLogins('no-one@example.com', () => 'api-memory');
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  }, 60_000);
});
