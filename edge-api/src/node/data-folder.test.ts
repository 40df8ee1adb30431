import { execFile } from 'node:child_process';
import { chmodSync, lstatSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { filesUnder } from '../testing/files';
import { DataFolderError } from './data-folder';
import { openDatabase } from './database';
import { withEmbeddedSecrets } from './secrets';

const run = promisify(execFile);

describe('the embedded data folder', () => {
  const folders: string[] = [];
  const newFolder = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rivion-folder-'));
    folders.push(dir);
    return dir;
  };
  afterEach(async () => {
    for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
  });

  it('keeps the folder, the database and the secrets private under a common umask', async () => {
    const previous = process.umask(0o022);
    try {
      // An existing folder others may read, as `mkdir data` makes it.
      const dir = await newFolder();
      chmodSync(dir, 0o755);
      withEmbeddedSecrets({ RIVION_DATA_DIR: dir });
      const database = await openDatabase({ kind: 'embedded', dataDir: dir });
      await database.close();
      const paths = [dir, ...(await filesUnder(dir))];
      expect(paths.some((path) => path.includes('pg_wal'))).toBe(true);
      const open = paths.filter((path) => lstatSync(path).mode & 0o077);
      expect(open).toEqual([]);
    } finally {
      process.umask(previous);
    }
  });

  it('refuses, with a sentence, a folder other users can write', async () => {
    const dir = await newFolder();
    chmodSync(dir, 0o777);
    expect(() => withEmbeddedSecrets({ RIVION_DATA_DIR: dir })).toThrow(DataFolderError);
    await expect(openDatabase({ kind: 'embedded', dataDir: dir })).rejects.toThrow(
      /can be written by other users.*chmod 700/,
    );
  });

  it('takes group and other permissions off files an older version left readable', async () => {
    const dir = await newFolder();
    const file = join(dir, 'secrets.json');
    writeFileSync(file, JSON.stringify({ JWT_SECRET: 'x'.repeat(40) }));
    chmodSync(file, 0o666);
    withEmbeddedSecrets({ RIVION_DATA_DIR: dir });
    expect(lstatSync(file).mode & 0o777).toBe(0o600);
  });

  it('stops `npm start` with that sentence alone', async () => {
    const dir = await newFolder();
    chmodSync(dir, 0o775);
    const started = run('npx', ['tsx', 'edge-api/src/node/main.ts'], {
      env: { ...process.env, RIVION_DATA_DIR: dir, DATABASE_URL: '', PORT: '0' },
    });
    const failure = await started.then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim()).toBe(
      `The data folder ${dir} can be written by other users of this computer, so RIVION will ` +
        `not keep your data there. Run \`chmod 700 ${dir}\` or choose another RIVION_DATA_DIR.`,
    );
  });
});
