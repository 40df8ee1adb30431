import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createApp, type AppType } from '../app';
import { loadConfig } from '../config';
import { users } from '../db/schema';
import { nodeAead } from '../node/cipher';
import { openDatabase } from '../node/database';
import { withEmbeddedSecrets } from '../node/secrets';
import { call } from '../testing/call';
import { journalChange, pushBody } from '../testing/fixtures';
import { API_BACKENDS, registerUser, testConfig, useTestBackend } from '../testing/harness';
import { createKeyring, KeyError } from './keyring';
import { rotateServerKey } from './rotate';

const run = promisify(execFile);

/** Signs in with the email in other letters and reads the person's journal back. */
async function readBack(app: AppType, email: string, password: string) {
  const login = await call(app, 'POST', '/api/auth/login', {
    body: { email: email.toUpperCase(), password },
  });
  if (login.status !== 200) return { status: login.status };
  const token = login.body.token as string;
  const me = await call(app, 'GET', '/api/auth/me', { token });
  const pulled = await call(app, 'GET', '/api/sync/pull', { token });
  return {
    status: login.status,
    email: me.body.email,
    texts: pulled.body.changes.map((change: { data: { text: string } }) => change.data.text),
  };
}

describe.each(API_BACKENDS)('server key rotation on %s', (kind) => {
  const backend = useTestBackend(kind);

  it('moves every data key and email index to the new key; the old key reads nothing', async () => {
    const person = await registerUser(backend.app);
    await call(backend.app, 'POST', '/api/sync/push', {
      token: person.token,
      body: pushBody([journalChange('written before the rotation')]),
    });
    const oldKeyring = createKeyring(nodeAead, backend.config.encryptionKey);
    const newConfig = testConfig({ JWT_SECRET: backend.config.jwtSecret });
    const newKeyring = createKeyring(nodeAead, newConfig.encryptionKey);

    expect(await rotateServerKey(backend.db, oldKeyring, newKeyring)).toBe(1);
    // Run again (say after an interruption): nothing is left to move.
    expect(await rotateServerKey(backend.db, oldKeyring, newKeyring)).toBe(0);

    const rotated = createApp({ db: backend.db, config: newConfig, aead: nodeAead });
    expect(await readBack(rotated, person.email, person.password)).toEqual({
      status: 200,
      email: person.email,
      texts: ['written before the rotation'],
    });
    const [row] = await backend.db.select({ key: users.data_key }).from(users);
    await expect(
      createKeyring(nodeAead, backend.config.encryptionKey).unwrap(person.userId, row!.key!),
    ).rejects.toThrow(KeyError);
    // The old key does not even find the account by its email any more.
    const retired = createApp({ db: backend.db, config: backend.config, aead: nodeAead });
    expect((await readBack(retired, person.email, person.password)).status).toBe(401);
  });
});

describe('npm run keys:rotate on the embedded database', () => {
  it('rotates, puts the new key in secrets.json, and explains a missing key', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'rivion-rotate-'));
    try {
      const env = { RIVION_DATA_DIR: dataDir, DATABASE_URL: '' };
      const config = loadConfig(withEmbeddedSecrets(env));
      let database = await openDatabase({ kind: 'embedded', dataDir });
      const before = createApp({ db: database.db, config, aead: nodeAead });
      const person = await registerUser(before);
      await call(before, 'POST', '/api/sync/push', {
        token: person.token,
        body: pushBody([journalChange('kept through the rotation')]),
      });
      await database.close();

      const command = ['tsx', 'edge-api/src/node/rotate-keys.ts'];
      const missing = await run('npx', command, { env: { ...process.env, ...env } }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(missing).toMatchObject({ code: 1 });
      expect((missing as { stderr: string }).stderr.trim()).toBe(
        'RIVION_NEW_ENCRYPTION_KEY is not set. Generate one with `openssl rand -base64 32`.',
      );

      const newKey = randomBytes(32).toString('base64');
      const rotated = await run('npx', command, {
        env: { ...process.env, ...env, RIVION_NEW_ENCRYPTION_KEY: newKey },
      });
      expect(rotated.stdout).toContain('Moved the data keys of 1 accounts');
      const secrets = JSON.parse(await readFile(join(dataDir, 'secrets.json'), 'utf8'));
      expect(secrets.RIVION_ENCRYPTION_KEY).toBe(newKey);

      const after = loadConfig(withEmbeddedSecrets(env));
      database = await openDatabase({ kind: 'embedded', dataDir });
      const app = createApp({ db: database.db, config: after, aead: nodeAead });
      expect(await readBack(app, person.email, person.password)).toEqual({
        status: 200,
        email: person.email,
        texts: ['kept through the rotation'],
      });
      await database.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
