import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client';
import { describeError, describeSyncError } from './error-sentences';
import { NetworkError, fetchFromServer } from './network';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sync error sentences', () => {
  it("says can't reach RIVION only when fetch itself failed", async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const failure = await fetchFromServer('/api/sync/pull').catch((error: unknown) => error);
    vi.unstubAllGlobals();

    expect(failure).toBeInstanceOf(NetworkError);
    expect(describeSyncError(failure)).toMatch(/can't reach rivion/i);
    expect(describeError(failure)).toMatch(/can't reach rivion/i);
  });

  it('reports a programming error as a fault of the app, and logs it without what was written', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let bug: unknown;
    try {
      const entry = JSON.parse('{"text":"I told my sister about the panic attacks"}') as {
        tags?: string[];
      };
      bug = new TypeError(`Cannot read properties of undefined (reading '${entry.tags![0]}')`);
    } catch (error) {
      bug = error;
    }

    for (const sentence of [describeSyncError(bug), describeError(bug)]) {
      expect(sentence).not.toMatch(/can't reach/i);
      expect(sentence).toMatch(/went wrong in RIVION on this device \(not your connection\)/);
    }
    expect(log).toHaveBeenCalled();
    const logged = log.mock.calls.flat().join(' ');
    expect(logged).toContain('TypeError');
    expect(logged).not.toContain('Cannot read');
  });

  it('never shows the server path of a refused request', () => {
    const refused = new ApiError(400, 'invalid', 'changes.0.data.tags.0: Too big', null);
    expect(describeSyncError(refused)).not.toContain('changes.0');
    expect(describeSyncError(refused)).toMatch(/could not read what this device sent/);
  });
});
