import { describe, expect, it } from 'vitest';
import { call } from '../test/call';
import { useTestBackend } from '../test/harness';
import { createMemoryRateLimitStore } from './rate-limit';

describe('memory rate-limit store', () => {
  it('counts per key inside a window, reads without counting, and forgets on reset', async () => {
    const store = createMemoryRateLimitStore();
    expect(await store.hit('a', 1000, 0)).toEqual({ count: 1, resetAtMs: 1000 });
    expect(await store.hit('a', 1000, 500)).toEqual({ count: 2, resetAtMs: 1000 });
    expect(await store.hit('a', 1000, 600, 0)).toEqual({ count: 2, resetAtMs: 1000 });
    expect((await store.hit('b', 1000, 600)).count).toBe(1);
    expect(await store.hit('a', 1000, 1000)).toEqual({ count: 1, resetAtMs: 2000 });
    await store.reset('a');
    expect((await store.hit('a', 1000, 1100, 0)).count).toBe(0);
  });
});

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
