import { describe, expect, it } from 'vitest';
import { loadOnce } from './load-once';

describe('loadOnce', () => {
  it('creates the model once for every caller', async () => {
    let creations = 0;
    const model = loadOnce(async (name: string) => `${name} #${++creations}`);
    const [a, b] = await Promise.all([model.load('face'), model.load('face')]);
    expect([a, b, await model.load('face')]).toEqual(['face #1', 'face #1', 'face #1']);
  });

  it('tries again after a failed load, and shares nothing of the failure', async () => {
    let attempts = 0;
    const model = loadOnce(async () => {
      if (++attempts === 1) throw new Error('The model file is missing.');
      return 'loaded';
    });
    await expect(model.load()).rejects.toThrow('The model file is missing.');
    expect(model.started()).toBeUndefined();
    await expect(model.load()).resolves.toBe('loaded');
    expect(attempts).toBe(2);
  });
});
