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
  /** Requests per minute per client IP over all API routes together. */
  rateLimitPerMinute: number;
  /** Wrong passwords per account (from any address) within the window before 429. */
  passwordAttemptsPerAccount: number;
  passwordAttemptWindowMinutes: number;
  trustProxy: boolean;
  retentionSweepMinutes: number;
  /** An OpenAI-compatible chat server; null: the built-in responder answers every message. */
  llm: LlmConfig | null;
}

export interface LlmConfig {
  /** e.g. https://api.openai.com/v1 or http://127.0.0.1:11434/v1 (Ollama). */
  baseUrl: string;
  /** Unset for servers that take none (Ollama, llama.cpp); never sent to the browser. */
  apiKey: string | undefined;
  model: string;
  /** Longest wait for the first token, and between two tokens, before the built-in reply. */
  timeoutMs: number;
}

export type ConfigEnv = Record<string, string | undefined>;

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
    rateLimitPerMinute: positiveInt(env, 'RATE_LIMIT_PER_MINUTE', 100),
    passwordAttemptsPerAccount: positiveInt(env, 'PASSWORD_ATTEMPTS_PER_ACCOUNT', 5),
    passwordAttemptWindowMinutes: positiveInt(env, 'PASSWORD_ATTEMPT_WINDOW_MINUTES', 15),
    trustProxy: env.TRUST_PROXY === 'true',
    retentionSweepMinutes: positiveInt(env, 'RETENTION_SWEEP_MINUTES', 60),
    llm: llmConfig(env),
  };
}

function llmConfig(env: ConfigEnv): LlmConfig | null {
  const baseUrl = env.LLM_BASE_URL;
  const model = env.LLM_MODEL;
  if (!baseUrl && !model) return null;
  if (!baseUrl || !model) {
    throw new ConfigError(
      `LLM_BASE_URL and LLM_MODEL are set together (the server and the model it runs); only ${baseUrl ? 'LLM_BASE_URL' : 'LLM_MODEL'} is set.`,
    );
  }
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    // reported below
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
    throw new ConfigError(
      'LLM_BASE_URL must be an http(s) URL, such as https://api.openai.com/v1.',
    );
  }
  return {
    baseUrl,
    apiKey: env.LLM_API_KEY || undefined,
    model,
    timeoutMs: positiveInt(env, 'LLM_TIMEOUT_MS', 10_000),
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
