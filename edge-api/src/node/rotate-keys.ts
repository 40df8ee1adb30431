/**
 * `npm run keys:rotate`: moves every person's data key from the old server key to a new one (see
 * crypto/rotate.ts). Stop the server first. Reads RIVION_OLD_ENCRYPTION_KEY (in embedded mode,
 * secrets.json's key by default) and RIVION_NEW_ENCRYPTION_KEY, base64 of 32 bytes each, and
 * DATABASE_URL, or RIVION_DATA_DIR for the embedded database, whose secrets.json then gets the
 * new key.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, parseEncryptionKey } from '../config';
import { createKeyring } from '../crypto/keyring';
import { rotateServerKey } from '../crypto/rotate';
import { encryptLegacyAccounts } from '../crypto/user-data';
import { nodeAead } from './cipher';
import { DataFolderError } from './data-folder';
import { openDatabase } from './database';
import { withEmbeddedSecrets } from './secrets';

const env = process.env;
const embedded = !env.DATABASE_URL;
const dataDir = env.RIVION_DATA_DIR || './data';

function keyFrom(name: string, value: string | undefined): Uint8Array {
  if (!value) {
    throw new ConfigError(`${name} is not set. Generate one with \`openssl rand -base64 32\`.`);
  }
  return parseEncryptionKey(value);
}

/** secrets.json gets the new key only if it held the old one (a key set in the environment wins). */
function storeNewKey(oldKey: string, newKey: string): boolean {
  const file = join(dataDir, 'secrets.json');
  const secrets = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  if (secrets.RIVION_ENCRYPTION_KEY !== oldKey) return false;
  // Written aside and renamed, so a crash leaves either the old file or the new one.
  writeFileSync(
    `${file}.new`,
    JSON.stringify({ ...secrets, RIVION_ENCRYPTION_KEY: newKey }, null, 2),
    {
      mode: 0o600,
    },
  );
  renameSync(`${file}.new`, file);
  return true;
}

try {
  const oldText =
    env.RIVION_OLD_ENCRYPTION_KEY ||
    (embedded ? withEmbeddedSecrets(env).RIVION_ENCRYPTION_KEY : '');
  const oldKey = keyFrom('RIVION_OLD_ENCRYPTION_KEY', oldText);
  const newKey = keyFrom('RIVION_NEW_ENCRYPTION_KEY', env.RIVION_NEW_ENCRYPTION_KEY);
  const from = createKeyring(nodeAead, oldKey);
  const to = createKeyring(nodeAead, newKey);
  const database = await openDatabase(
    embedded ? { kind: 'embedded', dataDir } : { kind: 'server', url: env.DATABASE_URL! },
  );
  try {
    // Accounts from before encryption at rest get their data key first, under the old server key.
    await encryptLegacyAccounts(database.db, nodeAead, oldKey, from);
    const rotated = await rotateServerKey(database.db, from, to);
    console.info(`Moved the data keys of ${rotated} accounts to the new server key.`);
  } finally {
    await database.close();
  }
  if (embedded && storeNewKey(oldText!, env.RIVION_NEW_ENCRYPTION_KEY!)) {
    console.info(`${join(dataDir, 'secrets.json')} now holds the new key; start RIVION as before.`);
  } else {
    console.info('Start RIVION with RIVION_ENCRYPTION_KEY set to the new key.');
  }
} catch (error) {
  if (!(error instanceof ConfigError || error instanceof DataFolderError)) throw error;
  console.error(error.message);
  process.exit(1);
}
