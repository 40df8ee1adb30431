import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientIpResolver } from './client-ip';

const appResolving = (trustProxy: boolean) => {
  const clientIp = clientIpResolver(trustProxy, () => '10.0.0.9');
  return new Hono().get('/', (c) => c.text(clientIp(c)));
};
const ipSeenBy = async (app: Hono, headers: Record<string, string> = {}) =>
  (await app.request('/', { headers })).text();

describe('clientIpResolver', () => {
  it('ignores X-Forwarded-For unless the operator trusts a proxy', async () => {
    const forged = { 'x-forwarded-for': '203.0.113.7' };
    expect(await ipSeenBy(appResolving(false), forged)).toBe('10.0.0.9');
    expect(await ipSeenBy(appResolving(true), { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' })).toBe(
      '203.0.113.7',
    );
    expect(await ipSeenBy(appResolving(true))).toBe('10.0.0.9');
  });
});
