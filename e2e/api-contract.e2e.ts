/**
 * The API contract: the real server (`npm start`, embedded PGlite in a temp folder) behind
 * Stoplight Prism's validating proxy, given the document the server publishes. A whole session
 * and every kind of refusal go through the proxy; no response may disagree with the document, a
 * valid request must not either, and each invalid one must be one the document already calls
 * invalid, so a client generated from it knows the rule before the server says no.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOpenApiDocument } from '../edge-api/src/node/openapi-document';
import { exportFileSchema } from '../edge-api/src/schemas/export';
import {
  emotionLogChange,
  feedbackChange,
  journalChange,
  messageChange,
  pushBody,
  sessionChange,
  tombstone,
} from '../edge-api/src/testing/fixtures';
import { startPrism, violationsOf, type RunningPrism, type Violation } from './support/prism';
import { freePort, startServer, type RunningServer } from './support/server';

const AUTH_LIMIT = 4;

interface Exchange {
  status: number;
  headers: Headers;
  // The tests read arbitrary response shapes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  request: Violation[];
  response: Violation[];
}

describe('the API against its OpenAPI document, through Prism', () => {
  const folder = mkdtempSync(join(tmpdir(), 'rivion-contract-'));
  let server: RunningServer;
  let prism: RunningPrism;
  const session = { token: '', refreshToken: '', email: 'contract@example.com' };
  const password = 'correct horse battery staple';

  beforeAll(async () => {
    const document = join(folder, 'openapi.json');
    await writeOpenApiDocument(document);
    // Both take seconds to start, and Prism does not need the server up to start.
    const port = await freePort();
    [server, prism] = await Promise.all([
      startServer({ AUTH_RATE_LIMIT_PER_MINUTE: String(AUTH_LIMIT) }, port),
      startPrism(document, `http://localhost:${port}`),
    ]);
  });

  afterAll(async () => {
    await prism?.stop();
    await server?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  async function send(
    method: string,
    path: string,
    options: { json?: unknown; raw?: string; contentType?: string; token?: string } = {},
  ): Promise<Exchange> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    if (options.json !== undefined || options.raw !== undefined) {
      headers['content-type'] = options.contentType ?? 'application/json';
    }
    const response = await fetch(`${prism.url}${path}`, {
      method,
      headers,
      body: options.raw ?? (options.json === undefined ? undefined : JSON.stringify(options.json)),
    });
    const violations = violationsOf(response);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // CSV export
    }
    return {
      status: response.status,
      headers: response.headers,
      body,
      request: violations.filter((v) => v.location[0] === 'request'),
      response: violations.filter((v) => v.location[0] !== 'request'),
    };
  }

  /** A request and response the document both allows. */
  function expectValid(exchange: Exchange, status: number) {
    expect({
      status: exchange.status,
      request: exchange.request,
      response: exchange.response,
    }).toEqual({ status, request: [], response: [] });
    expect(exchange.headers.get('cache-control')).toBe('no-store');
  }

  /** A refusal: documented as a response, and (if `known`) the document flagged the request too. */
  function expectRefusal(exchange: Exchange, status: number, code: string, known?: RegExp) {
    expect({ status: exchange.status, response: exchange.response }).toEqual({
      status,
      response: [],
    });
    expect(exchange.body.error.code).toBe(code);
    expect(exchange.headers.get('cache-control')).toBe('no-store');
    if (known)
      expect(exchange.request.map((v) => `${v.code} ${v.message}`).join('\n')).toMatch(known);
  }

  it('registers, signs in and reads and updates the profile', async () => {
    const registered = await send('POST', '/api/auth/register', {
      json: { email: session.email, username: 'Sam', password, privacy_consent: true },
    });
    expectValid(registered, 201);
    const login = await send('POST', '/api/auth/login', {
      json: { email: session.email, password },
    });
    expectValid(login, 200);
    session.token = login.body.token;
    session.refreshToken = login.body.refresh_token;

    expectValid(await send('GET', '/api/auth/me', { token: session.token }), 200);
    const profile = { first_name: 'Samira', last_name: null };
    expectValid(
      await send('PUT', '/api/auth/profile', { token: session.token, json: profile }),
      200,
    );
    expectValid(await send('GET', '/api/settings/preferences', { token: session.token }), 200);
    const theme = { theme: 'dark', data_retention_days: 30 };
    expectValid(
      await send('PUT', '/api/settings/preferences', { token: session.token, json: theme }),
      200,
    );
  });

  it('pushes every kind of record, pulls them back and exports them as JSON and CSV', async () => {
    const started = sessionChange();
    const changes = [
      started,
      journalChange('a day of exams'),
      messageChange(started.id, 'I could not sleep'),
      emotionLogChange(started.id),
      feedbackChange(started.id, 'the breathing helped'),
    ];
    const pushed = await send('POST', '/api/sync/push', {
      token: session.token,
      json: pushBody(changes),
    });
    expectValid(pushed, 200);
    expect(pushed.body.applied).toHaveLength(changes.length);

    const pulled = await send('GET', '/api/sync/pull?cursor=0&limit=2', { token: session.token });
    expectValid(pulled, 200);
    const rest = await send('GET', `/api/sync/pull?cursor=${pulled.body.cursor}`, {
      token: session.token,
    });
    expectValid(rest, 200);
    expect(pulled.body.changes.length + rest.body.changes.length).toBe(changes.length);

    const json = await send('POST', '/api/dashboard/export?format=json', { token: session.token });
    expectValid(json, 200);
    expect(exportFileSchema.safeParse(json.body).success).toBe(true);
    expect(json.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.json"$/);
    const csv = await send('POST', '/api/dashboard/export?format=csv', { token: session.token });
    expectValid(csv, 200);
    expect(csv.headers.get('content-disposition')).toMatch(/\.csv"$/);
  });

  it('runs a conversation through the chat session endpoints', async () => {
    const token = session.token;
    const started = await send('POST', '/api/chat/session/start', {
      token,
      json: { topic: 'work' },
    });
    expectValid(started, 201);
    const id = started.body.session_id;
    const said = {
      session_id: id,
      content: 'My boss keeps piling work on me',
      emotion_label: 'sad',
    };
    expectValid(await send('POST', '/api/chat/message', { token, json: said }), 201);
    const reply = {
      session_id: id,
      content: 'A short walk?',
      sender: 'ai',
      suggestion: 'short_walk',
    };
    expectValid(await send('POST', '/api/chat/message', { token, json: reply }), 201);
    expectValid(
      await send('POST', '/api/sync/push', {
        token,
        json: pushBody([emotionLogChange(id), feedbackChange(id, null)]),
      }),
      200,
    );
    const rating = { session_id: id, suggestion_type: 'short_walk', rating: 4, comment: 'nice' };
    expectValid(await send('POST', '/api/chat/feedback', { token, json: rating }), 201);
    expectValid(
      await send('POST', '/api/chat/session/end', { token, json: { session_id: id } }),
      200,
    );
    expectValid(await send('GET', '/api/chat/sessions?limit=5&offset=0', { token }), 200);
    expectValid(await send('GET', `/api/chat/session/${id}`, { token }), 200);
    expectValid(await send('GET', `/api/emotion/history/${id}`, { token }), 200);

    const long = { session_id: id, content: 'x'.repeat(10_001) };
    expectRefusal(
      await send('POST', '/api/chat/message', { token, json: long }),
      400,
      'validation_error',
      /maxLength/,
    );
    const elsewhere = crypto.randomUUID();
    expectRefusal(await send('GET', `/api/chat/session/${elsewhere}`, { token }), 404, 'not_found');
    expectRefusal(
      await send('GET', '/api/chat/sessions?limit=500', { token }),
      400,
      'validation_error',
      /maximum/,
    );
  });

  it('refuses bad input with 400, and the document already calls it invalid', async () => {
    // A tombstone keeps Prism's list short: a record with data fails every branch of the union.
    const badClock = { ...tombstone(journalChange('x'), 0), hlc: 'yesterday' };
    expectRefusal(
      await send('POST', '/api/sync/push', { token: session.token, json: pushBody([badClock]) }),
      400,
      'validation_error',
      /hlc.*pattern/,
    );
    expectRefusal(
      await send('GET', '/api/sync/pull?cursor=abc', { token: session.token }),
      400,
      'validation_error',
      /cursor.*pattern/,
    );
    // Prism ignores query parameters it does not know; the server refuses them (see the
    // operation's description).
    expectRefusal(
      await send('GET', '/api/sync/pull?since=0', { token: session.token }),
      400,
      'validation_error',
    );
  });

  it('refuses a missing or wrong credential with 401, an unknown path with a JSON 404', async () => {
    expectRefusal(await send('GET', '/api/auth/me'), 401, 'unauthorized', /401/);
    expectRefusal(
      await send('POST', '/api/auth/login', {
        json: { email: session.email, password: 'not the password' },
      }),
      401,
      'unauthorized',
    );
    const unknown = await send('GET', '/api/nothing-here', { token: session.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not_found');
    expect(unknown.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a body over 1 MB with 413 and one that is not JSON with 415', async () => {
    const huge = 'x'.repeat(1024 * 1024);
    expectRefusal(
      await send('POST', '/api/auth/logout', {
        token: session.token,
        json: { refresh_token: huge },
      }),
      413,
      'payload_too_large',
    );
    expectRefusal(
      await send('POST', '/api/dashboard/export', { token: session.token, json: { pad: huge } }),
      413,
      'payload_too_large',
    );
    expectRefusal(
      await send('POST', '/api/auth/login', { raw: 'email=a', contentType: 'text/plain' }),
      415,
      'unsupported_media_type',
      /415/,
    );
  });

  it('renews the tokens and signs out', async () => {
    const renewed = await send('POST', '/api/auth/refresh', {
      json: { refresh_token: session.refreshToken },
    });
    expectValid(renewed, 200);
    const out = await send('POST', '/api/auth/logout', {
      token: renewed.body.token,
      json: { refresh_token: renewed.body.refresh_token },
    });
    expectValid(out, 200);
  });

  it('deletes all data, then the whole account', async () => {
    const other = {
      email: 'leaving@example.com',
      username: 'Lee',
      password,
      privacy_consent: true,
    };
    const { token } = (await send('POST', '/api/auth/register', { json: other })).body;
    const reset = await send('DELETE', '/api/settings/data', { token, json: { confirm: true } });
    expectValid(reset, 200);
    expectRefusal(
      await send('DELETE', '/api/auth/account', {
        token,
        json: { password_confirmation: 'not my password' },
      }),
      403,
      'forbidden',
    );
    const gone = await send('DELETE', '/api/auth/account', {
      token,
      json: { password_confirmation: password },
    });
    expectValid(gone, 200);
  });

  it('answers 429 with Retry-After once the sign-in limit is spent', async () => {
    const attempt = () =>
      send('POST', '/api/auth/login', { json: { email: session.email, password: 'wrong guess' } });
    let limited = await attempt();
    for (let i = 0; i < AUTH_LIMIT && limited.status !== 429; i++) limited = await attempt();
    expectRefusal(limited, 429, 'rate_limited');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
