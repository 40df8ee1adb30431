/**
 * One way to declare a route, so the OpenAPI document says what the server does: `apiRoute` asks
 * for a summary, an operationId and the security (a type error without them), and adds every
 * status and header the server's shared machinery answers on its own (validation, sign-in, body
 * limit, content type, rate limit, internal error, Cache-Control). openapi.test.ts holds every
 * operation of the published document to this.
 */
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { ZodType } from 'zod';
import { errorBodySchema } from './errors';

export const BEARER = 'bearerAuth';
export const bearerSecurity = [{ [BEARER]: [] }];

/** What every operation must say about itself. */
interface Documented {
  /** A few words for the operation list, e.g. "Sign in". */
  summary: string;
  /** camelCase and unique: the method name in generated clients. */
  operationId: string;
  /** `bearerSecurity` (see middleware/auth.ts authenticatedRoute), or `[]` for a public route. */
  security: NonNullable<RouteConfig['security']>;
}

/** `createRoute` for every route of this API: see the file comment. */
export function apiRoute<
  P extends string,
  R extends Omit<RouteConfig, 'path'> & Documented & { path: P },
>(route: R) {
  const responses = { ...serverResponses(route), ...route.responses };
  return createRoute({ ...route, responses });
}

/** Every response says it must not be cached: they carry personal data (see app.ts). */
const cacheControlHeader = {
  'Cache-Control': {
    description: 'Always `no-store`: responses carry personal data',
    required: true,
    schema: { type: 'string', const: 'no-store' },
  },
} as const;

/** A required JSON body: without `required`, a request with another content type would skip validation. */
export function jsonBody<T extends ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

/** A response in any media type (an event stream, say); `jsonResponse` for JSON. */
export function contentResponse<C extends Record<string, { schema: ZodType }>>(
  content: C,
  description: string,
) {
  return { description, headers: cacheControlHeader, content } as const;
}

export function jsonResponse<T extends ZodType>(schema: T, description: string) {
  return contentResponse({ 'application/json': { schema } }, description);
}

/** A file download: its body in each offered media type, and the name to save it under. */
export function attachmentResponse(
  content: Record<string, { schema: ZodType }>,
  description: string,
) {
  return {
    description,
    headers: {
      ...cacheControlHeader,
      'Content-Disposition': {
        description: '`attachment; filename="…"` with the suggested file name',
        required: true,
        schema: { type: 'string', pattern: '^attachment; filename=".+"$' },
      },
    },
    content,
  } as const;
}

const ERROR_DESCRIPTIONS = {
  400: 'Invalid request (validation_error, invalid_json): the message names the fields',
  401: 'Missing, invalid, expired or revoked credentials',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Body larger than 1 MB (payload_too_large)',
  415: 'Body is not `application/json` (unsupported_media_type)',
  429: 'Too many requests (rate_limited): wait `Retry-After` seconds',
  500: 'Something went wrong on the server (internal_error); nothing internal is disclosed',
} as const;

type ErrorStatus = keyof typeof ERROR_DESCRIPTIONS;

function errorResponse(status: ErrorStatus) {
  const response = jsonResponse(errorBodySchema, ERROR_DESCRIPTIONS[status]);
  if (status !== 429) return response;
  const retryAfter = {
    description: 'Seconds until the limit resets',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  } as const;
  return { ...response, headers: { ...response.headers, 'Retry-After': retryAfter } };
}

/** Route-specific error statuses (403, 409, and 401 on public routes that check a password). */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((status) => [status, errorResponse(status)])) as Record<
    S,
    ReturnType<typeof errorResponse>
  >;
}

/** The statuses a route answers without its handler saying so: app.ts and middleware/. */
function serverResponses(route: Omit<RouteConfig, 'path'>) {
  const { body, ...parameters } = route.request ?? {};
  const statuses: ErrorStatus[] = [
    ...(body || Object.values(parameters).some(Boolean) ? [400 as const] : []),
    ...(route.security?.length ? [401 as const] : []),
    // bodyLimit reads any request that has a body, whatever the route expects.
    ...(route.method === 'get' || route.method === 'head' ? [] : [413 as const]),
    ...(body?.content['application/json'] ? [415 as const] : []),
    // The general limit per address covers every route; auth routes have stricter ones on top.
    429 as const,
    500 as const,
  ];
  return errorResponses(...statuses) as Partial<ReturnType<typeof errorResponses<ErrorStatus>>>;
}

/** The document's top level; paths come from the routes. */
export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'RIVION API',
    version: '1.0.0',
    description:
      'Accounts, settings, sync, dashboard figures and export for the RIVION app. Every error, including a 404 for ' +
      'any path under /api not listed here, is JSON `{ error: { code, message } }`; every ' +
      'response carries `Cache-Control: no-store`.',
  },
  servers: [{ url: '/', description: 'The origin that serves this document' }],
  tags: [
    { name: 'health', description: 'Whether the API and its database answer' },
    { name: 'auth', description: 'Sign-up, sign-in, tokens' },
    { name: 'account', description: 'Your profile, and erasing your account' },
    { name: 'settings', description: 'Preferences, and deleting all your data' },
    {
      name: 'dashboard',
      description:
        'Your stress, emotions, burnout risk and suggestions over time; a copy of all your data',
    },
    { name: 'sync', description: 'Push and pull of journal, sessions, messages and emotion logs' },
    {
      name: 'emotion',
      description:
        'Fusion of emotion labels and scores, and the text rules, for clients that cannot run them ' +
        'on the device. There is deliberately no endpoint that accepts a face image or audio: ' +
        'faces and voices are analysed on the device and only labels and scores ever leave it.',
    },
    { name: 'chat', description: "The companion's replies, streamed" },
  ],
};
