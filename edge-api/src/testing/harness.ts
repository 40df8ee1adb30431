/**
 * Builds the real app over a real database for tests: in-memory PGlite, PGlite on disk (survives
 * restart()), or a throwaway database on the PostgreSQL at TEST_DATABASE_URL.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type AppType } from '../app';
import type { ReplyCounters } from '../chat/counters';
import { loadConfig, type Config, type ConfigEnv } from '../config';
import type { Database } from '../db/database';
import type { AppDeps } from '../services';
import { createKeyring } from '../crypto/keyring';
import { nodeAead } from '../node/cipher';
import { openDatabase, type DatabaseTarget, type OpenDatabase } from '../node/database';
import { call } from './call';

export type BackendKind = 'pglite' | 'pglite-disk' | 'postgres';
export const API_BACKENDS = ['pglite', 'postgres'] as const satisfies BackendKind[];

export interface TestBackend {
  /** Replaced by restart(): read it at each use. */
  app: AppType;
  db: Database;
  config: Config;
  /** Where the data lives: the embedded data folder or the PostgreSQL URL. */
  storage: DatabaseTarget;
  /** A new app (and, except in memory, a new database connection) over the same data. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface BackendOptions {
  /** Extra environment variables, e.g. a low AUTH_RATE_LIMIT_PER_MINUTE. */
  env?: ConfigEnv;
  now?: () => Date;
  /** Read by tests of the LLM path (chat/counters.ts). */
  replyCounters?: ReplyCounters;
  /** The text emotion model for analyze-text; the rules alone without it, as on Workers. */
  textEmotionModel?: AppDeps['textEmotionModel'];
}

const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export function testConfig(env: ConfigEnv = {}): Config {
  return loadConfig({
    JWT_SECRET: randomBytes(32).toString('base64'),
    RIVION_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    // Every test request comes from the same (unknown) address.
    AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    RATE_LIMIT_PER_MINUTE: '100000',
    ...env,
  });
}

export async function createTestBackend(
  kind: BackendKind,
  options: BackendOptions = {},
): Promise<TestBackend> {
  const config = testConfig(options.env);
  const storage = await prepareStorage(kind);
  let database: OpenDatabase = await openDatabase(storage.target);
  // The Node server's crypto, as `npm start` runs it (crypto/aead.ts has its own tests). One
  // keyring across restarts, as one process keeps it.
  const keyring = createKeyring(nodeAead, config.encryptionKey);
  const build = () =>
    createApp({
      db: database.db,
      config,
      now: options.now,
      aead: nodeAead,
      keyring,
      replyCounters: options.replyCounters,
      textEmotionModel: options.textEmotionModel,
    });

  const backend: TestBackend = {
    app: build(),
    db: database.db,
    config,
    storage: storage.target,
    async restart() {
      if (kind !== 'pglite') {
        await database.close();
        database = await openDatabase(storage.target);
        backend.db = database.db;
      }
      backend.app = build();
    },
    async close() {
      await database.close();
      await storage.dispose();
    },
  };
  return backend;
}

/**
 * A backend for the enclosing describe block: created in beforeAll, closed in afterAll. The handle
 * reads through to the current instance, so it stays valid across restart().
 */
export function useTestBackend(kind: BackendKind, options: BackendOptions = {}): TestBackend {
  let current: TestBackend | undefined;
  beforeAll(async () => {
    current = await createTestBackend(kind, options);
  });
  afterAll(() => current?.close());
  const live = () => {
    if (!current) throw new Error('the test backend is created in beforeAll');
    return current;
  };
  return {
    get app() {
      return live().app;
    },
    get db() {
      return live().db;
    },
    get config() {
      return live().config;
    },
    get storage() {
      return live().storage;
    },
    restart: () => live().restart(),
    close: () => live().close(),
  };
}

export async function prepareStorage(
  kind: BackendKind,
): Promise<{ target: DatabaseTarget; dispose(): Promise<void> }> {
  if (kind === 'pglite') return { target: { kind: 'memory' }, dispose: async () => {} };
  if (kind === 'pglite-disk') {
    const dataDir = await mkdtemp(join(tmpdir(), 'rivion-test-'));
    return {
      target: { kind: 'embedded', dataDir },
      dispose: () => rm(dataDir, { recursive: true, force: true }),
    };
  }
  const { url, dispose } = await createThrowawayDatabase();
  return { target: { kind: 'server', url, migrate: true }, dispose };
}

/** An empty database on the PostgreSQL at TEST_DATABASE_URL, dropped by dispose(). */
export async function createThrowawayDatabase(): Promise<{
  url: string;
  dispose(): Promise<void>;
}> {
  const name = `rivion_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async dispose() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export interface TestUser {
  userId: string;
  token: string;
  refreshToken: string;
  email: string;
  password: string;
}

/** Registers a fresh account (about 0.2 s of PBKDF2: share users across tests where possible). */
export async function registerUser(
  app: AppType,
  overrides: Partial<{ email: string; username: string; password: string }> = {},
): Promise<TestUser> {
  const email = overrides.email ?? `person-${randomUUID()}@example.com`;
  const password = overrides.password ?? 'correct horse battery staple';
  const response = await call(app, 'POST', '/api/auth/register', {
    body: { email, username: overrides.username ?? 'Sam', password, privacy_consent: true },
  });
  if (response.status !== 201) {
    throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  const body = response.body as { user_id: string; token: string; refresh_token: string };
  return {
    userId: body.user_id,
    token: body.token,
    refreshToken: body.refresh_token,
    email,
    password,
  };
}
