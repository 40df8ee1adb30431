/**
 * Typed configuration from environment variables: `process.env` on Node, bindings on Workers.
 * Pure (no I/O), so the Worker can call it per request; Node fills in embedded-mode secrets first
 * (node/secrets.ts).
 */
import { base64ToBytes } from './crypto/encoding';

export interface Config {
  port: number;
  dataDir: string;
  /** Unset: the embedded PGlite database in `dataDir`. */
  databaseUrl: string | undefined;
  jwtSecret: string;
  /** 32 bytes for AES-256-GCM. */
  encryptionKey: Uint8Array<ArrayBuffer>;
  appOrigins: string[];
  authRateLimitPerMinute: number;
  trustProxy: boolean;
  retentionSweepMinutes: number;
}

export type ConfigEnv = Record<string, string | undefined>;

/** Every variable the server reads, for the README table. */
export const CONFIG_VARIABLES = [
  { name: 'PORT', default: '8787', meaning: 'HTTP port of the Node server' },
  {
    name: 'RIVION_DATA_DIR',
    default: './data',
    meaning: 'Embedded database and generated secrets (embedded mode only)',
  },
  {
    name: 'DATABASE_URL',
    default: '(unset: embedded PGlite)',
    meaning: 'PostgreSQL connection string; setting it switches to server mode',
  },
  {
    name: 'JWT_SECRET',
    default: '(generated in embedded mode)',
    meaning: 'HS256 key for access tokens, at least 32 characters; required in server mode',
  },
  {
    name: 'RIVION_ENCRYPTION_KEY',
    default: '(generated in embedded mode)',
    meaning:
      'Base64 of 32 bytes; encrypts journal text and messages at rest; required in server mode',
  },
  {
    name: 'APP_ORIGIN',
    default: 'http://localhost:PORT',
    meaning: 'Comma-separated origins allowed by CORS',
  },
  {
    name: 'AUTH_RATE_LIMIT_PER_MINUTE',
    default: '10',
    meaning: 'Requests per minute per client IP on each of register, login and refresh',
  },
  {
    name: 'TRUST_PROXY',
    default: 'false',
    meaning: 'Take the client IP from X-Forwarded-For (only behind a proxy that sets it)',
  },
  {
    name: 'RETENTION_SWEEP_MINUTES',
    default: '60',
    meaning: 'How often the Node server deletes data older than each person’s retention period',
  },
] as const;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const MAKE_SECRET = 'Generate one with `openssl rand -base64 32`.';

export function loadConfig(env: ConfigEnv): Config {
  const port = positiveInt(env, 'PORT', 8787);
  const jwtSecret = required(env, 'JWT_SECRET');
  if (jwtSecret.length < 32) {
    throw new ConfigError(`JWT_SECRET must be at least 32 characters. ${MAKE_SECRET}`);
  }
  return {
    port,
    dataDir: env.RIVION_DATA_DIR || './data',
    databaseUrl: env.DATABASE_URL || undefined,
    jwtSecret,
    encryptionKey: parseEncryptionKey(required(env, 'RIVION_ENCRYPTION_KEY')),
    appOrigins: (env.APP_ORIGIN || `http://localhost:${port}`)
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    authRateLimitPerMinute: positiveInt(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 10),
    trustProxy: env.TRUST_PROXY === 'true',
    retentionSweepMinutes: positiveInt(env, 'RETENTION_SWEEP_MINUTES', 60),
  };
}

function required(env: ConfigEnv, name: string): string {
  const value = env[name];
  if (!value) {
    throw new ConfigError(
      `${name} is not set. It is required when DATABASE_URL is set (server mode). ${MAKE_SECRET}`,
    );
  }
  return value;
}

/** The server key from its base64 form; used by the key tools too (node/rotate-keys.ts). */
export function parseEncryptionKey(value: string): Uint8Array<ArrayBuffer> {
  let key: Uint8Array<ArrayBuffer> | undefined;
  try {
    key = base64ToBytes(value);
  } catch {
    // reported below
  }
  if (key?.length !== 32) {
    throw new ConfigError(`RIVION_ENCRYPTION_KEY must be base64 of 32 bytes. ${MAKE_SECRET}`);
  }
  return key;
}

function positiveInt(env: ConfigEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new ConfigError(`${name} must be a positive integer, got "${raw}".`);
  }
  return value;
}
