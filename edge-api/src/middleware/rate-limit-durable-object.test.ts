/**
 * Both rate-limit stores follow one contract; the Durable Object's storage is a Map here
 * (worker.test.ts runs the real object under workerd, shared by two isolates).
 */
import { describe, expect, it } from 'vitest';
import {
  RateLimiter,
  createDurableObjectRateLimitStore,
  type RateLimiterNamespace,
} from './rate-limit-durable-object';
import { createMemoryRateLimitStore } from './rate-limit';

function fakeNamespace() {
  const objects = new Map<string, { limiter: RateLimiter; stored: Map<string, unknown> }>();
  const namespace: RateLimiterNamespace = {
    idFromName: (name) => name,
    get(id) {
      const name = id as string;
      if (!objects.has(name)) {
        const stored = new Map<string, unknown>();
        const storage = {
          get: async <T>(key: string) => stored.get(key) as T | undefined,
          put: async (key: string, value: unknown) => void stored.set(key, value),
          deleteAll: async () => stored.clear(),
          setAlarm: async () => {},
        };
        objects.set(name, { limiter: new RateLimiter({ storage }), stored });
      }
      const { limiter } = objects.get(name)!;
      return { fetch: (url, init) => limiter.fetch(new Request(url, init)) };
    },
  };
  return { namespace, objects };
}

describe.each([
  ['memory', createMemoryRateLimitStore],
  ['Durable Object', () => createDurableObjectRateLimitStore(fakeNamespace().namespace)],
])('%s rate-limit store', (_name, createStore) => {
  it('counts per key inside a window, reads without counting, and forgets on reset', async () => {
    const store = createStore();
    expect(await store.hit('a', 1000, 0)).toEqual({ count: 1, resetAtMs: 1000 });
    expect(await store.hit('a', 1000, 500)).toEqual({ count: 2, resetAtMs: 1000 });
    expect(await store.hit('a', 1000, 600, 0)).toEqual({ count: 2, resetAtMs: 1000 });
    expect((await store.hit('b', 1000, 600)).count).toBe(1);
    expect(await store.hit('a', 1000, 1000)).toEqual({ count: 1, resetAtMs: 2000 });
    await store.reset('a');
    expect((await store.hit('a', 1000, 1100, 0)).count).toBe(0);
  });
});

describe('RateLimiter Durable Object', () => {
  it('stores nothing for a read, so a key only looked at leaves no state behind', async () => {
    const { namespace, objects } = fakeNamespace();
    await createDurableObjectRateLimitStore(namespace).hit('c', 1000, 0, 0);
    expect(objects.get('c')!.stored.size).toBe(0);
  });

  it('deletes a finished window when its alarm fires', async () => {
    const { namespace, objects } = fakeNamespace();
    await createDurableObjectRateLimitStore(namespace).hit('a', 1, Date.now() - 10);
    await objects.get('a')!.limiter.alarm();
    expect(objects.get('a')!.stored.size).toBe(0);
  });
});
