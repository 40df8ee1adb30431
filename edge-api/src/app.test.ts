import { describe, expect, it } from 'vitest';
import { sessionChange, pushBody } from './testing/fixtures';
import { API_BACKENDS, registerUser, useTestBackend } from './testing/harness';
import { call } from './testing/call';

describe.each(API_BACKENDS)('app on %s', (kind) => {
  const backend = useTestBackend(kind, { env: { APP_ORIGIN: 'https://app.example' } });

  it('reports health', async () => {
    const response = await call(backend.app, 'GET', '/api/health');
    expect(response).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('publishes an OpenAPI document with the bearer scheme and every route', async () => {
    const { status, body } = await call(backend.app, 'GET', '/api/openapi.json');
    expect(status).toBe(200);
    expect(body.components.securitySchemes.bearerAuth).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/auth/register',
        '/api/auth/login',
        '/api/auth/refresh',
        '/api/auth/logout',
        '/api/auth/me',
        '/api/auth/profile',
        '/api/auth/account',
        '/api/settings/preferences',
        '/api/settings/data',
        '/api/dashboard/export',
        '/api/sync/pull',
        '/api/sync/push',
      ]),
    );
    expect(body.paths['/api/sync/push'].post.security).toEqual([{ bearerAuth: [] }]);
  });

  it('serves the Swagger UI page with no inline script and no CDN', async () => {
    const page = await call(backend.app, 'GET', '/api/docs');
    expect(page.status).toBe(200);
    expect(page.body).not.toMatch(/<script>|https?:\/\//);
    expect(page.body).toContain('/api/docs/assets/swagger-ui-bundle.js');
    const init = await backend.app.request('/api/docs/init.js');
    expect(init.headers.get('content-type')).toContain('javascript');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await call(backend.app, 'DELETE', '/api/users/1');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });

  it('allows CORS only from APP_ORIGIN', async () => {
    const preflight = (origin: string) =>
      backend.app.request('/api/sync/push', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect(
      (await preflight('https://app.example')).headers.get('access-control-allow-origin'),
    ).toBe('https://app.example');
    expect(
      (await preflight('https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });

  it('refuses text PostgreSQL cannot store as an invalid change, not 500', async () => {
    const { token } = await registerUser(backend.app);
    const session = sessionChange(undefined, 0, 'nul \u0000 byte');
    const response = await call(backend.app, 'POST', '/api/sync/push', {
      token,
      body: pushBody([session]),
    });
    expect(response.status).toBe(200);
    expect(response.body.rejected).toMatchObject([{ id: session.id, code: 'invalid' }]);
  });
});
