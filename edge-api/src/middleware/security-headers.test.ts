import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('sets the CSP (with the API origins) and the hardening headers on every answer', async () => {
    const app = new Hono()
      .use(securityHeaders(['https://api.example']))
      .get('/', (c) => c.text(''));
    for (const path of ['/', '/missing']) {
      const { headers } = await app.request(path);
      expect(headers.get('content-security-policy')).toContain('https://api.example');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('permissions-policy')).toBe('camera=(self), microphone=(self)');
    }
  });
});
