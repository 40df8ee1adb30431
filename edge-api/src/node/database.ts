/** Opens the database for Node: embedded PGlite (default) or PostgreSQL at DATABASE_URL. */
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import type { Aead } from '../crypto/aead';
import type { Keyring } from '../crypto/keyring';
import { encryptLegacyAccounts } from '../crypto/user-data';
import type { Database } from '../db/database';
import * as schema from '../db/schema';
import { keepPrivate, preparePrivateDataFolder } from './data-folder';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../../drizzle', import.meta.url));

export interface OpenDatabase {
  db: Database;
  /** Where the data lives, for the start-up line (never includes a password). */
  location: string;
  /** The PostgreSQL client when the data is on a server (for LISTEN/NOTIFY, sync/pg-events.ts). */
  postgres?: postgres.Sql;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'memory' }
  | { kind: 'server'; url: string; migrate?: boolean };

/**
 * What the data step after the migrations needs (see encryptLegacyAccounts): rows stored before
 * encryption at rest are encrypted where the key is known, since SQL migrations cannot.
 */
export interface EncryptionStep {
  aead: Aead;
  serverKey: Uint8Array;
  keyring: Keyring;
}

export async function openDatabase(
  target: DatabaseTarget,
  encryption?: EncryptionStep,
): Promise<OpenDatabase> {
  const dataStep = async (db: Database) => {
    if (!encryption) return;
    const { aead, serverKey, keyring } = encryption;
    const converted = await encryptLegacyAccounts(db, aead, serverKey, keyring);
    if (converted > 0) console.info(`Encrypted the stored data of ${converted} accounts`);
  };
  if (target.kind === 'server') {
    const client = postgres(target.url, { max: 10, onnotice: () => {} });
    const db = drizzlePostgres({ client, schema });
    if (target.migrate) {
      await migratePostgres(db, { migrationsFolder: MIGRATIONS_FOLDER });
      await dataStep(db);
    }
    const { host, port, database } = client.options;
    return {
      db,
      location: `postgres://${host.join(',')}:${port.join(',')}/${database}`,
      postgres: client,
      close: () => client.end(),
    };
  }
  const dir = target.kind === 'embedded' ? join(target.dataDir, 'pglite') : undefined;
  if (target.kind === 'embedded') preparePrivateDataFolder(target.dataDir);
  const client = await PGlite.create(dir);
  const db = drizzlePglite({ client, schema });
  // The embedded database belongs to this process, so it is brought up to date on every start.
  await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
  await dataStep(db);
  const tighten = () => (dir ? keepPrivate(dir) : undefined);
  tighten();
  return {
    db,
    location: dir ?? 'memory',
    close: () => client.close().then(tighten),
  };
}
