/**
 * Fixed-window rate limiting behind a small interface. The in-memory store suits one Node process;
 * on Workers it is per isolate (best effort), and a Durable Object could implement the same
 * interface for a global limit.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors';
import type { Services } from '../services';

export interface RateLimitStore {
  /** Counts one hit for `key`; returns the count inside the current window and when it resets. */
  hit(key: string, windowMs: number, nowMs: number): { count: number; resetAtMs: number };
}

const MAX_TRACKED_KEYS = 10_000;

export function createMemoryRateLimitStore(): RateLimitStore {
  const windows = new Map<string, { count: number; resetAtMs: number }>();
  return {
    hit(key, windowMs, nowMs) {
      // Bounded memory under an address-spraying attack: drop finished windows when it grows.
      if (windows.size >= MAX_TRACKED_KEYS) {
        for (const [k, w] of windows) if (w.resetAtMs <= nowMs) windows.delete(k);
      }
      let window = windows.get(key);
      if (!window || window.resetAtMs <= nowMs) {
        window = { count: 0, resetAtMs: nowMs + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return { ...window };
    },
  };
}

const MINUTE_MS = 60_000;

/** Limits each client IP to `AUTH_RATE_LIMIT_PER_MINUTE` requests per route. */
export function authRateLimit(services: Services): MiddlewareHandler {
  return async (c, next) => {
    const nowMs = services.now().getTime();
    const key = `${c.req.routePath}|${services.clientIp(c)}`;
    const { count, resetAtMs } = services.rateLimitStore.hit(key, MINUTE_MS, nowMs);
    if (count > services.config.authRateLimitPerMinute) {
      const retryAfter = String(Math.max(1, Math.ceil((resetAtMs - nowMs) / 1000)));
      throw new ApiError(429, 'rate_limited', `Too many attempts; try again in ${retryAfter} s`, {
        'Retry-After': retryAfter,
      });
    }
    await next();
  };
}
