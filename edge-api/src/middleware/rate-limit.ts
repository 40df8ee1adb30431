/**
 * Fixed-window rate limiting behind a small interface. The in-memory store suits one Node process;
 * on Workers the Durable Object store (worker/rate-limiter.ts) holds the count for every isolate.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../errors';
import type { Services } from '../services';

export interface RateWindow {
  count: number;
  resetAtMs: number;
}

export interface RateLimitStore {
  /**
   * Adds `by` hits (1 unless told; 0 only reads) to `key` and returns the count inside the current
   * window and when that window ends.
   */
  hit(key: string, windowMs: number, nowMs: number, by?: number): Promise<RateWindow>;
  /** Forgets `key`, e.g. an account's failed password checks once the right one is given. */
  reset(key: string): Promise<void>;
}

/** Enough for every live window of a busy instance; past it the oldest windows are dropped. */
const MAX_TRACKED_KEYS = 50_000;

/** One window of `windows` counted at `nowMs`: the rule both stores follow. */
export function countHit(
  window: RateWindow | undefined,
  windowMs: number,
  nowMs: number,
  by: number,
): RateWindow {
  const live =
    window && window.resetAtMs > nowMs ? window : { count: 0, resetAtMs: nowMs + windowMs };
  return { count: live.count + by, resetAtMs: live.resetAtMs };
}

export function createMemoryRateLimitStore(): RateLimitStore {
  const windows = new Map<string, RateWindow>();
  return {
    async hit(key, windowMs, nowMs, by = 1) {
      const window = countHit(windows.get(key), windowMs, nowMs, by);
      if (by === 0) return window;
      // Bounded memory under an address-spraying attack: drop finished windows, then the oldest.
      if (windows.size >= MAX_TRACKED_KEYS) {
        for (const [k, w] of windows) if (w.resetAtMs <= nowMs) windows.delete(k);
        for (const k of windows.keys()) {
          if (windows.size < MAX_TRACKED_KEYS) break;
          windows.delete(k);
        }
      }
      windows.delete(key);
      windows.set(key, window);
      return { ...window };
    },
    async reset(key) {
      windows.delete(key);
    },
  };
}

const MINUTE_MS = 60_000;

/** The 429 every limit answers, with the seconds until its window ends. */
export function tooManyRequests(resetAtMs: number, nowMs: number): ApiError {
  const retryAfter = String(Math.max(1, Math.ceil((resetAtMs - nowMs) / 1000)));
  return new ApiError(429, 'rate_limited', `Too many attempts; try again in ${retryAfter} s`, {
    'Retry-After': retryAfter,
  });
}

function perMinuteLimit(
  services: Services,
  limit: number,
  scope: (c: Context) => string,
): MiddlewareHandler {
  return async (c, next) => {
    const nowMs = services.now().getTime();
    const key = `${scope(c)}|${services.clientIp(c)}`;
    const { count, resetAtMs } = await services.rateLimitStore.hit(key, MINUTE_MS, nowMs);
    if (count > limit) throw tooManyRequests(resetAtMs, nowMs);
    await next();
  };
}

/** Limits each client IP to `RATE_LIMIT_PER_MINUTE` requests over all API routes together. */
export const generalRateLimit = (services: Services) =>
  perMinuteLimit(services, services.config.rateLimitPerMinute, () => 'all');

/** Limits each client IP to `AUTH_RATE_LIMIT_PER_MINUTE` requests per route, on top of the above. */
export const authRateLimit = (services: Services) =>
  perMinuteLimit(services, services.config.authRateLimitPerMinute, (c) => c.req.routePath);
