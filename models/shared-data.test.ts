import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedDataDir } from './shared-data';

// A made-up tree: <root>/shared/data, a clone at <root>/clone and a worktree at <root>/wt/x.
const root = mkdtempSync(join(tmpdir(), 'rivion-shared-data-'));
const data = join(root, 'shared', 'data');
mkdirSync(data, { recursive: true });
mkdirSync(join(root, 'wt', 'x'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sharedDataDir', () => {
  it('takes RIVION_SHARED_DATA first', () => {
    expect(sharedDataDir({ RIVION_SHARED_DATA: '/elsewhere' }, join(root, 'clone'))).toBe(
      '/elsewhere',
    );
  });

  it('finds ../shared/data beside a clone and two up from a git worktree', () => {
    expect(sharedDataDir({}, join(root, 'clone'))).toBe(data);
    expect(sharedDataDir({}, join(root, 'wt', 'x'))).toBe(data);
  });

  it('falls back to ../data beside RIVION_MODELS_DIR', () => {
    const away = mkdtempSync(join(tmpdir(), 'rivion-away-'));
    try {
      mkdirSync(join(away, 'kit', 'data'), { recursive: true });
      const env = { RIVION_MODELS_DIR: join(away, 'kit', 'models') };
      // Deep enough that two levels up is still inside `away`, whatever the temp folder holds.
      const repo = join(away, 'deep', 'down', 'repo');
      expect(sharedDataDir(env, repo)).toBe(join(away, 'kit', 'data'));
    } finally {
      rmSync(away, { recursive: true, force: true });
    }
  });
});
