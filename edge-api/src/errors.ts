/**
 * The one error path: everything that goes wrong becomes JSON `{ error: { code, message } }` with
 * the matching status, and nothing internal (stack, SQL, values) reaches the response.
 */
import { z } from '@hono/zod-openapi';
import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const errorBodySchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi('Error');

/** Codes for errors raised by Hono itself (malformed JSON, wrong content type...). */
const CODE_BY_STATUS: Partial<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  404: 'not_found',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

function errorResponse(c: Context, error: ApiError): Response {
  // Set here too: a middleware that throws before the no-store one runs (the body limit) would
  // otherwise send its error cacheable.
  c.header('Cache-Control', 'no-store');
  // A 413 leaves the body unread: on a kept-alive connection Node then hangs up on the next request.
  if (error.status === 413) c.header('Connection', 'close');
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json({ error: { code: error.code, message: error.message } }, error.status);
}

export const handleError: ErrorHandler = (error, c) => {
  if (error instanceof ApiError) return errorResponse(c, error);
  if (error instanceof HTTPException) {
    const malformedJson = error.status === 400 && /json/i.test(error.message);
    const code = malformedJson ? 'invalid_json' : (CODE_BY_STATUS[error.status] ?? 'error');
    return errorResponse(c, new ApiError(error.status, code, error.message));
  }
  if (isUnstorableText(error)) {
    return errorResponse(
      c,
      new ApiError(400, 'validation_error', 'Text must not contain NUL characters'),
    );
  }
  // drizzle's wrapper message lists the query parameters (emails, ciphertext, hashes), so only the
  // driver's own error is logged, and never a request body or token; PostgreSQL quotes the value it
  // refused (`invalid input syntax for type json: "…"`), so quoted parts are left out too.
  const cause = error.cause instanceof Error ? error.cause : error;
  const message = cause.message.replace(/"[^"]*"|'[^']*'/g, '"…"');
  console.error(`${c.req.method} ${c.req.routePath} failed: ${cause.name}: ${message}`);
  return errorResponse(c, new ApiError(500, 'internal_error', 'Something went wrong on our side'));
};

/** PostgreSQL text cannot hold U+0000, which JSON can: SQLSTATE 22P05 / 22021. */
function isUnstorableText(error: Error): boolean {
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return code === '22P05' || code === '22021';
}

export const handleNotFound: NotFoundHandler = (c) =>
  errorResponse(c, new ApiError(404, 'not_found', `No route for ${c.req.method} ${c.req.path}`));

const MAX_LISTED_ISSUES = 5;

/** Turns a zod failure into a 400 whose message names the offending fields. */
export function validationError(error: z.ZodError): ApiError {
  const issues = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${field}: ${issue.message}`;
  });
  const more =
    issues.length > MAX_LISTED_ISSUES ? `; and ${issues.length - MAX_LISTED_ISSUES} more` : '';
  return new ApiError(
    400,
    'validation_error',
    issues.slice(0, MAX_LISTED_ISSUES).join('; ') + more,
  );
}

export const unauthorized = (message = 'Sign in again') =>
  new ApiError(401, 'unauthorized', message);
