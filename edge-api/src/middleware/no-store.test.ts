import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it } from 'vitest';
import { noStore } from './no-store';

describe('noStore', () => {
  const app = new Hono()
    .use(noStore())
    .use('/refused', () => {
      throw new HTTPException(413);
    })
    .get('/data', (c) => c.json({ mood: 3 }))
    .get('/asset', (c) => c.text('x', 200, { 'Cache-Control': 'public, max-age=60' }));

  it('marks answers no-store, errors thrown by an earlier middleware included', async () => {
    expect((await app.request('/data')).headers.get('cache-control')).toBe('no-store');
    const refused = await app.request('/refused');
    expect(refused.status).toBe(413);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps a Cache-Control a route chose', async () => {
    expect((await app.request('/asset')).headers.get('cache-control')).toBe('public, max-age=60');
  });
});
