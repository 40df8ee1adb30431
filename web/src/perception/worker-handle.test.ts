/** A worker's load never waits forever: a crash or a hang turns the modality off with a reason. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOAD_TIMEOUT_MS, loadWithin } from './worker-handle';

const alive = { crashed: new Promise<string>(() => undefined) };
const never = new Promise<{ state: 'ready' }>(() => undefined);

describe('loadWithin', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("passes the worker's own answer through", async () => {
    const ready = loadWithin(alive, Promise.resolve({ state: 'ready' as const }), 'face models');
    expect(await ready).toEqual({ state: 'ready' });
  });

  it('turns off with a sentence when loading never finishes', async () => {
    const loaded = loadWithin(alive, never, 'face models');
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS);
    expect(await loaded).toEqual({
      state: 'off',
      error: {
        type: 'error',
        message: `the face models did not finish loading within ${LOAD_TIMEOUT_MS / 1000} s`,
      },
    });
  });

  it('turns off when the worker dies before answering', async () => {
    const crashed = { crashed: Promise.resolve('Failed to fetch the worker script') };
    expect(await loadWithin(crashed, never, 'voice models')).toEqual({
      state: 'off',
      error: {
        type: 'error',
        message: 'the voice models stopped (Failed to fetch the worker script)',
      },
    });
  });
});
