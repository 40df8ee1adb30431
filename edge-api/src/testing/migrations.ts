import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER } from '../node/database';

/**
 * drizzle/ as it was when only its first `count` migrations were released, in a temporary folder:
 * a migration test builds a database at that point, fills it as that version did, then migrates.
 */
export async function migrationsUpTo(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rivion-migrations-'));
  const journal = JSON.parse(await readFile(join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'));
  journal.entries = journal.entries.slice(0, count);
  for (const { tag } of journal.entries as { tag: string }[]) {
    await cp(join(MIGRATIONS_FOLDER, `${tag}.sql`), join(dir, `${tag}.sql`));
  }
  await cp(join(MIGRATIONS_FOLDER, 'meta'), join(dir, 'meta'), { recursive: true });
  await writeFile(join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  return dir;
}
