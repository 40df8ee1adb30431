/**
 * The rate-limit store for Workers: each key's window lives in its own Durable Object, so every
 * isolate in every location counts against the same number (the in-memory store would count per
 * isolate). Bound as RATE_LIMITER in wrangler.toml, class RateLimiter exported by worker.ts.
 */
import { countHit, type RateLimitStore, type RateWindow } from './rate-limit';

/** The part of Cloudflare's DurableObjectNamespace this store uses. */
export interface RateLimiterNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): { fetch(url: string, init: RequestInit): Promise<Response> };
}

/** The part of DurableObjectState the RateLimiter uses. */
interface RateLimiterState {
  storage: {
    get<T>(key: string): Promise<T | undefined>;
    put(key: string, value: unknown): Promise<void>;
    deleteAll(): Promise<void>;
    setAlarm(scheduledTimeMs: number): Promise<void>;
  };
}

type RateLimiterCall = { op: 'hit'; windowMs: number; nowMs: number; by: number } | { op: 'reset' };

const WINDOW = 'window';

export function createDurableObjectRateLimitStore(namespace: RateLimiterNamespace): RateLimitStore {
  const send = async (key: string, call: RateLimiterCall) => {
    const stub = namespace.get(namespace.idFromName(key));
    const response = await stub.fetch('https://rate-limiter/', {
      method: 'POST',
      body: JSON.stringify(call),
    });
    if (!response.ok) throw new Error(`RateLimiter answered ${response.status}`);
    return response.json() as Promise<RateWindow>;
  };
  return {
    hit: (key, windowMs, nowMs, by = 1) => send(key, { op: 'hit', windowMs, nowMs, by }),
    async reset(key) {
      await send(key, { op: 'reset' });
    },
  };
}

/**
 * One key's window. Storage calls hold the object's input gate, so two hits never interleave
 * between the read and the write; an alarm at the window's end deletes it.
 */
export class RateLimiter {
  constructor(private readonly state: RateLimiterState) {}

  async fetch(request: Request): Promise<Response> {
    const call = (await request.json()) as RateLimiterCall;
    const { storage } = this.state;
    if (call.op === 'reset') {
      await storage.deleteAll();
      return Response.json({ count: 0, resetAtMs: 0 });
    }
    const stored = await storage.get<RateWindow>(WINDOW);
    const window = countHit(stored, call.windowMs, call.nowMs, call.by);
    if (call.by > 0) {
      await storage.put(WINDOW, window);
      if (stored?.resetAtMs !== window.resetAtMs) await storage.setAlarm(window.resetAtMs);
    }
    return Response.json(window);
  }

  async alarm(): Promise<void> {
    const stored = await this.state.storage.get<RateWindow>(WINDOW);
    if (!stored || stored.resetAtMs <= Date.now()) await this.state.storage.deleteAll();
  }
}
