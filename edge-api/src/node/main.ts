/** `npm start`: the API and the PWA on one origin, with the embedded database unless DATABASE_URL is set. */
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { existsSync } from 'node:fs';
import { createApp } from '../app';
import { ConfigError, loadConfig } from '../config';
import { createKeyring } from '../crypto/keyring';
import { sweepExpiredData } from '../retention';
import { createLocalSyncEvents } from '../sync/events';
import { createPostgresSyncEvents } from '../sync/pg-events';
import { nodeAead } from './cipher';
import { DataFolderError } from './data-folder';
import { openDatabase } from './database';
import { withEmbeddedSecrets } from './secrets';
import { loadServerTextModel } from '../../../models/text/server-model';
import { DIST_DIR, hostWebApp } from './web-host';

/** Set-up mistakes end the start with their sentence alone, not a stack trace. */
async function orExplain<T>(step: () => T | Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof DataFolderError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

const config = await orExplain(() => loadConfig(withEmbeddedSecrets(process.env)));
const keyring = createKeyring(nodeAead, config.encryptionKey);
const database = await orExplain(() =>
  openDatabase(
    config.databaseUrl
      ? { kind: 'server', url: config.databaseUrl }
      : { kind: 'embedded', dataDir: config.dataDir },
    { aead: nodeAead, serverKey: config.encryptionKey, keyring },
  ),
);
// Several processes on one PostgreSQL nudge each other's event streams through LISTEN/NOTIFY.
const syncEvents = database.postgres
  ? await createPostgresSyncEvents(database.postgres)
  : createLocalSyncEvents();
// POST /api/emotion/analyze-text answers with the rules alone when the model cannot load.
const textEmotionModel = await loadServerTextModel().catch((error: unknown) => {
  console.warn(
    `Text emotion model not loaded, analyze-text uses the rules only: ${(error as Error).message}`,
  );
  return undefined;
});
const api = createApp({
  db: database.db,
  syncEvents,
  textEmotionModel,
  config,
  aead: nodeAead,
  keyring,
  peerIp: (c) => getConnInfo(c).remote.address,
});
// The page and the API share this origin, so the page needs no extra connect-src entry.
const server = serve({ fetch: hostWebApp(api, []).fetch, port: config.port });

const sweepRetention = () =>
  sweepExpiredData(database.db, new Date()).catch((error: unknown) =>
    console.error(`Retention sweep failed: ${(error as Error).message}`),
  );
void sweepRetention();
const sweeper = setInterval(sweepRetention, config.retentionSweepMinutes * 60_000);

const mode = config.databaseUrl ? 'database' : 'embedded database';
console.info(
  `RIVION listening on http://localhost:${config.port} (${mode} at ${database.location})`,
);
if (!existsSync(DIST_DIR)) {
  console.warn(`No web app in ${DIST_DIR}: run \`npm run build\` first. The API works meanwhile.`);
}

function shutdown() {
  clearInterval(sweeper);
  // Open event streams would otherwise keep the server from closing.
  syncEvents.closeAll();
  server.close(() => {
    database.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
  // A browser may reopen its stream at once over a kept-alive connection (WebKit does), which
  // held the server open for good: after a grace period, end every connection still open.
  const lingering = setTimeout(() => {
    syncEvents.closeAll();
    if ('closeAllConnections' in server) server.closeAllConnections();
  }, 2_000);
  lingering.unref();
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
