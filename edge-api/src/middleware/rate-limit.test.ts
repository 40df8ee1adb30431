import { describe, expect, it } from 'vitest';
import { call } from '../testing/call';
import { useTestBackend } from '../testing/harness';

describe('general rate limit', () => {
  let offsetMs = 0;
  const backend = useTestBackend('pglite', {
    env: { RATE_LIMIT_PER_MINUTE: '3' },
    now: () => new Date(Date.now() + offsetMs),
  });

  it('answers 429 on any API route once an address made too many requests in a minute', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await call(backend.app, 'GET', '/api/health')).status).toBe(200);
    }
    const limited = await call(backend.app, 'GET', '/api/health');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('cache-control')).toBe('no-store');
    // One budget for all routes: another route is limited as well.
    expect((await call(backend.app, 'GET', '/api/openapi.json')).status).toBe(429);

    offsetMs += 60_000;
    expect((await call(backend.app, 'GET', '/api/health')).status).toBe(200);
  });
});
