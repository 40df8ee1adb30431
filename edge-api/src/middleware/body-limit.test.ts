/**
 * Through a real Node server: app.request() cannot send a Content-Length, and the body limit
 * answers by two paths (the declared length at once, a chunked body while it is read).
 */
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Agent, fetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestBackend } from '../testing/harness';
import { MAX_BODY_BYTES } from './body-limit';

describe('body limit', () => {
  const backend = useTestBackend('pglite');
  let server: ServerType;
  let origin: string;

  beforeAll(async () => {
    server = serve({ fetch: (request) => backend.app.fetch(request), port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const huge = JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(MAX_BODY_BYTES) });
  // A connection of its own per request: the server closes one after a 413 it did not read.
  const login = (body: string | ReadableStream) =>
    fetch(`${origin}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
      dispatcher: new Agent({ pipelining: 0 }),
    });

  it.each([
    ['with Content-Length', () => huge],
    ['chunked, without a length', () => new Blob([huge]).stream()],
  ])('answers a body over 1 MB %s with a JSON 413 no cache may keep', async (_how, body) => {
    const response = await login(body());
    expect(response.status).toBe(413);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('lets a body under the limit through', async () => {
    const response = await login(JSON.stringify({ email: 'a@example.com', password: 'x' }));
    expect(response.status).toBe(401);
  });
});
