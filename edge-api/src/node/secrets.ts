/**
 * Embedded mode needs no setup: the two secrets are generated on first start and kept next to the
 * database (owner-only file), so tokens and encrypted text stay valid across restarts.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigEnv } from '../config';
import { preparePrivateDataFolder } from './data-folder';

const SECRET_NAMES = ['JWT_SECRET', 'RIVION_ENCRYPTION_KEY'] as const;

/** `env` plus generated secrets in embedded mode; unchanged in server mode (DATABASE_URL set). */
export function withEmbeddedSecrets(env: ConfigEnv): ConfigEnv {
  if (env.DATABASE_URL) return env;
  const dataDir = env.RIVION_DATA_DIR || './data';
  // Checked before reading: a folder others can write could hold secrets they planted.
  preparePrivateDataFolder(dataDir);
  const file = join(dataDir, 'secrets.json');
  let stored: Record<string, string>;
  try {
    stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    stored = Object.fromEntries(
      SECRET_NAMES.map((name) => [name, randomBytes(32).toString('base64')]),
    );
    // 'wx': never overwrite secrets another process wrote in the meantime.
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600, flag: 'wx' });
  }
  // Variables set explicitly win over the generated ones.
  return { ...stored, ...Object.fromEntries(Object.entries(env).filter(([, value]) => value)) };
}
