import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));
const SECRET = 's'.repeat(40);

describe('loadConfig', () => {
  it('refuses server mode without secrets, naming the variable and how to make one', () => {
    const server = { DATABASE_URL: 'postgres://db.example/rivion' };
    expect(() => loadConfig(server)).toThrow(/JWT_SECRET is not set.*openssl rand -base64 32/);
    expect(() => loadConfig({ ...server, JWT_SECRET: SECRET })).toThrow(
      /RIVION_ENCRYPTION_KEY is not set/,
    );
    expect(() =>
      loadConfig({ ...server, JWT_SECRET: SECRET, RIVION_ENCRYPTION_KEY: 'c2hvcnQ=' }),
    ).toThrow(/base64 of 32 bytes/);
    expect(() =>
      loadConfig({ ...server, JWT_SECRET: 'short', RIVION_ENCRYPTION_KEY: KEY }),
    ).toThrow(/at least 32 characters/);
  });

  it('fills in the documented defaults', () => {
    const config = loadConfig({ JWT_SECRET: SECRET, RIVION_ENCRYPTION_KEY: KEY, PORT: '9000' });
    expect(config).toMatchObject({
      port: 9000,
      dataDir: './data',
      databaseUrl: undefined,
      appOrigins: ['http://localhost:9000'],
      authRateLimitPerMinute: 10,
      rateLimitPerMinute: 100,
      passwordAttemptsPerAccount: 5,
      passwordAttemptWindowMinutes: 15,
      trustProxy: false,
      retentionSweepMinutes: 60,
      llm: null,
    });
    expect(config.encryptionKey).toHaveLength(32);
  });

  it('parses lists and rejects nonsense numbers', () => {
    const base = { JWT_SECRET: SECRET, RIVION_ENCRYPTION_KEY: KEY };
    expect(
      loadConfig({ ...base, APP_ORIGIN: 'https://a.example, https://b.example' }).appOrigins,
    ).toEqual(['https://a.example', 'https://b.example']);
    expect(() => loadConfig({ ...base, RETENTION_SWEEP_MINUTES: 'soon' })).toThrow(
      /RETENTION_SWEEP_MINUTES/,
    );
  });

  it('reads the LLM server, and refuses half of one or a URL that is not http(s)', () => {
    const base = { JWT_SECRET: SECRET, RIVION_ENCRYPTION_KEY: KEY };
    expect(
      loadConfig({ ...base, LLM_BASE_URL: 'http://127.0.0.1:11434/v1', LLM_MODEL: 'llama3.2' }).llm,
    ).toEqual({
      baseUrl: 'http://127.0.0.1:11434/v1',
      apiKey: undefined,
      model: 'llama3.2',
      timeoutMs: 10_000,
    });
    const full = loadConfig({
      ...base,
      LLM_BASE_URL: 'https://api.openai.com/v1',
      LLM_MODEL: 'gpt-4o-mini',
      LLM_API_KEY: 'sk-test',
      LLM_TIMEOUT_MS: '4000',
    }).llm;
    expect(full).toMatchObject({ apiKey: 'sk-test', timeoutMs: 4000 });
    expect(() => loadConfig({ ...base, LLM_MODEL: 'gpt-4o-mini' })).toThrow(/only LLM_MODEL/);
    expect(() => loadConfig({ ...base, LLM_BASE_URL: 'ftp://x', LLM_MODEL: 'm' })).toThrow(
      /http\(s\) URL/,
    );
    expect(() =>
      loadConfig({ ...base, LLM_BASE_URL: 'http://x/v1', LLM_MODEL: 'm', LLM_TIMEOUT_MS: '0' }),
    ).toThrow(/LLM_TIMEOUT_MS/);
  });
});
