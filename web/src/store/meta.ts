/** Typed reads and writes of the `meta` table. They join whatever transaction is open. */
import type { RivionDb } from './db';
import type { MetaKey, MetaRow, MetaValues } from './meta-values';

export async function readMeta<K extends MetaKey>(
  db: RivionDb,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

export async function writeMeta<K extends MetaKey>(
  db: RivionDb,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.meta.put({ key, value } as MetaRow);
}

/** 16 random bytes as base64url: 22 characters, within the clock's node-id alphabet. */
function randomClientId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** This device's id, made on first use. Atomic, so two tabs starting together agree on one id. */
export async function deviceClientId(db: RivionDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await readMeta(db, 'client_id');
    if (existing) return existing;
    const created = randomClientId();
    await writeMeta(db, 'client_id', created);
    return created;
  });
}
