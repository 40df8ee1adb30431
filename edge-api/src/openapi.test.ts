import { describe, expect, it } from 'vitest';
import { openApiDocument } from './node/openapi-document';
import { apiRoute } from './openapi';
import { exportFileSchema } from './schemas/export';
import { call } from './testing/call';
import {
  emotionLogChange,
  journalChange,
  messageChange,
  pushBody,
  sessionChange,
} from './testing/fixtures';
import { API_BACKENDS, registerUser, useTestBackend } from './testing/harness';

interface Response {
  headers?: Record<string, { required?: boolean }>;
  content?: Record<string, { schema: unknown }>;
}
interface Operation {
  summary?: string;
  operationId?: string;
  security?: unknown[];
  parameters?: unknown[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, Response>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

const document = (await openApiDocument()) as Document;
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ name: `${method} ${path}`, ...operation })),
);

describe('the OpenAPI document', () => {
  it('gives every operation a summary, a unique operationId and its security', () => {
    expect(operations.length).toBeGreaterThanOrEqual(14);
    for (const { name, summary, operationId, security } of operations) {
      expect(summary, name).toMatch(/^\S.{2,60}$/);
      expect(operationId, name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(security, name).toBeInstanceOf(Array);
    }
    const ids = operations.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const publicOperations = operations.filter((o) => o.security!.length === 0).map((o) => o.name);
    expect(publicOperations.sort()).toEqual([
      'get /api/health',
      'post /api/auth/login',
      'post /api/auth/refresh',
      'post /api/auth/register',
    ]);
  });

  it('declares the statuses the shared machinery answers: 400, 401, 413, 415, 429, 500', () => {
    for (const { name, security, parameters, requestBody, responses } of operations) {
      const declared = Object.keys(responses);
      expect(declared, name).toEqual(expect.arrayContaining(['429', '500']));
      if (security!.length > 0) expect(declared, name).toContain('401');
      if (parameters || requestBody) expect(declared, name).toContain('400');
      if (!name.startsWith('get ')) expect(declared, name).toContain('413');
      if (requestBody?.content['application/json']) expect(declared, name).toContain('415');
      expect(responses['429']!.headers?.['Retry-After']?.required, name).toBe(true);
    }
    // The two the review found undocumented: export takes no body, logout an optional one.
    const logout = document.paths['/api/auth/logout']!.post!.responses;
    expect(Object.keys(logout)).toEqual(expect.arrayContaining(['413', '415']));
    expect(Object.keys(document.paths['/api/dashboard/export']!.post!.responses)).toContain('413');
  });

  it('declares Cache-Control on every response, and Content-Disposition on the export', () => {
    for (const { name, responses } of operations) {
      for (const [status, response] of Object.entries(responses)) {
        expect(response.headers?.['Cache-Control']?.required, `${name} ${status}`).toBe(true);
      }
    }
    const exported = document.paths['/api/dashboard/export']!.post!.responses['200']!;
    expect(exported.headers?.['Content-Disposition']?.required).toBe(true);
  });

  it('shows the export JSON as its real schema and the HLC format as a pattern', () => {
    const exported = document.paths['/api/dashboard/export']!.post!.responses['200']!;
    expect(exported.content!['application/json']!.schema).toEqual({
      $ref: '#/components/schemas/ExportFile',
    });
    expect(document.components.schemas.ExportFile).toMatchObject({
      additionalProperties: false,
      required: ['exported_at', 'profile', 'tables'],
    });
    const push = JSON.stringify(document.components.schemas.PushRequest);
    expect(push).toContain('"hlc":{"type":"string","pattern":"^[0-9a-z]{11}-[0-9a-z]{4}-');
  });

  it('makes summary, operationId and security required when a route is declared', () => {
    // @ts-expect-error a route without summary, operationId and security does not compile
    apiRoute({ method: 'get', path: '/undocumented', responses: {} });
  });
});

describe.each(API_BACKENDS)('what the server sends matches the document on %s', (kind) => {
  const backend = useTestBackend(kind);

  it('writes the JSON export exactly as ExportFile says, nothing more', async () => {
    const { token } = await registerUser(backend.app);
    const session = sessionChange();
    const changes = [
      session,
      journalChange('a private thought'),
      messageChange(session.id, 'hello'),
      emotionLogChange(session.id),
    ];
    await call(backend.app, 'POST', '/api/sync/push', { token, body: pushBody(changes) });
    const exported = await call(backend.app, 'POST', '/api/dashboard/export', { token });
    expect(exported.status).toBe(200);
    const parsed = exportFileSchema.safeParse(exported.body);
    expect(parsed.error?.issues).toBeUndefined();
    expect(parsed.data!.tables.journal_entries[0]!.text).toBe('a private thought');
  });

  it('sends Cache-Control: no-store on a 413 too', async () => {
    const { token } = await registerUser(backend.app);
    const tooBig = 'x'.repeat(1024 * 1024 + 1);
    const response = await call(backend.app, 'POST', '/api/dashboard/export', {
      token,
      body: tooBig,
      headers: { 'content-type': 'text/plain', 'content-length': String(tooBig.length) },
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
