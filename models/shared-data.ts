/**
 * The shared data folder (labelled faces, speech and text, the face clips), never committed: one
 * lookup for every Node script, unit test and browser test. RIVION_SHARED_DATA when set; else
 * ../shared/data beside a clone, or ../../shared/data above a git worktree such as
 * /work/wt/<name> (whose ../shared does not exist); else
 * ../data beside RIVION_MODELS_DIR (the two folders travel together).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));

export function sharedDataDir(env: NodeJS.ProcessEnv = process.env, repo = REPO): string {
  if (env.RIVION_SHARED_DATA) return env.RIVION_SHARED_DATA;
  // Two levels only: further up, an unrelated shared/data (say /tmp/shared) could answer.
  for (const dir of [dirname(repo), dirname(dirname(repo))]) {
    const candidate = join(dir, 'shared', 'data');
    if (existsSync(candidate)) return candidate;
  }
  const besideModels = env.RIVION_MODELS_DIR && join(env.RIVION_MODELS_DIR, '..', 'data');
  if (besideModels && existsSync(besideModels)) return besideModels;
  // Found nowhere: the place beside a clone, so a missing file's error names where to put it.
  return join(dirname(repo), 'shared', 'data');
}

/** A path inside the shared data folder, e.g. `sharedData('speech', 'emodb')`. */
export const sharedData = (...parts: string[]) => join(sharedDataDir(), ...parts);

/**
 * The text sets' folder: RIVION_TEXT_DATA_DIR when set (eval/data/SAFETY-SET.md names it), else
 * the shared data folder's text/.
 */
export const textDataDir = () => process.env.RIVION_TEXT_DATA_DIR ?? sharedData('text');
