/**
 * The embedded data folder holds the database (its WAL, pg_control) and the server's secrets, so
 * only the account that runs RIVION may read or write anything in it.
 */
import { chmodSync, lstatSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export class DataFolderError extends Error {
  override name = 'DataFolderError';
}

const GROUP_OTHER = 0o077;
const GROUP_OTHER_WRITE = 0o022;

/**
 * Creates `dir` owner-only, or checks an existing one: refuses a folder another account owns or
 * that group or other users can write (they could plant secrets or edit the database under us),
 * then makes the folder and everything in it owner-only. The umask (077) covers what this process
 * creates next; PGlite sets 666 on its files whatever the umask, so the folder's 700 is what keeps
 * others out, and keepPrivate() runs again once the database is open.
 */
export function preparePrivateDataFolder(dir: string): void {
  process.umask(GROUP_OTHER);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { mode, uid } = lstatSync(dir);
  if (mode & GROUP_OTHER_WRITE) {
    throw new DataFolderError(
      `The data folder ${dir} can be written by other users of this computer, so RIVION will ` +
        `not keep your data there. Run \`chmod 700 ${dir}\` or choose another RIVION_DATA_DIR.`,
    );
  }
  if (process.getuid && uid !== process.getuid()) {
    throw new DataFolderError(
      `The data folder ${dir} belongs to another user of this computer, so RIVION will not keep ` +
        'your data there. Choose a folder of your own with RIVION_DATA_DIR.',
    );
  }
  keepPrivate(dir);
}

/** Takes group and other permissions off `path` and everything below it. */
export function keepPrivate(path: string): void {
  const stat = lstatSync(path);
  if (stat.isSymbolicLink()) return;
  if (stat.mode & GROUP_OTHER) chmodSync(path, stat.mode & 0o700);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) keepPrivate(join(path, name));
  }
}
