/**
 * `npm run db:migrate`: applies drizzle/ migrations to the PostgreSQL at DATABASE_URL, then the data
 * step SQL cannot do: encrypting rows stored before encryption at rest (needs RIVION_ENCRYPTION_KEY).
 */
import { ConfigError, parseEncryptionKey } from '../config';
import { createKeyring } from '../crypto/keyring';
import { nodeAead } from './cipher';
import { openDatabase } from './database';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error(
    'DATABASE_URL is not set. Point it at your PostgreSQL database; the embedded database ' +
      '(no DATABASE_URL) is migrated automatically by `npm start`.',
  );
  process.exit(1);
}
let serverKey: Uint8Array;
try {
  serverKey = parseEncryptionKey(process.env.RIVION_ENCRYPTION_KEY ?? '');
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`${error.message} The migration encrypts stored data with it.`);
  process.exit(1);
}
const keyring = createKeyring(nodeAead, serverKey);
const database = await openDatabase(
  { kind: 'server', url, migrate: true },
  { aead: nodeAead, serverKey, keyring },
);
await database.close();
console.info(`Migrations applied to ${database.location}`);
