/**
 * The OpenAPI document exactly as the server publishes it at /api/openapi.json, built without a
 * database or a listening server (building it runs no handler). `npm run lint:openapi` writes it
 * for Redocly; the contract test hands it to Prism. Usage: tsx openapi-document.ts <out.json>
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../db/database';

const NO_DATABASE = new Proxy({} as Database, {
  get() {
    throw new Error('the OpenAPI document is built without a database');
  },
});

export async function openApiDocument(): Promise<unknown> {
  const config = loadConfig({
    JWT_SECRET: randomBytes(32).toString('base64'),
    RIVION_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  });
  const response = await createApp({ db: NO_DATABASE, config }).request('/api/openapi.json');
  return response.json();
}

export async function writeOpenApiDocument(path: string): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2];
  if (!path) throw new Error('usage: tsx edge-api/src/node/openapi-document.ts <out.json>');
  await writeOpenApiDocument(path);
}
