/** Small builders that keep route definitions short and every error documented the same way. */
import type { ZodType } from 'zod';
import { errorBodySchema } from './errors';

export const BEARER = 'bearerAuth';
export const bearerSecurity = [{ [BEARER]: [] }];

/** A required JSON body: without `required`, a request with another content type would skip validation. */
export function jsonBody<T extends ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

export function jsonResponse<T extends ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

const ERROR_DESCRIPTIONS = {
  400: 'Invalid request (validation_error, invalid_json)',
  401: 'Missing, invalid, expired or revoked credentials',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflict',
  413: 'Body larger than 1 MB',
  429: 'Too many requests (see Retry-After)',
} as const;

export function errorResponses<S extends keyof typeof ERROR_DESCRIPTIONS>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, jsonResponse(errorBodySchema, ERROR_DESCRIPTIONS[status])]),
  ) as Record<S, ReturnType<typeof jsonResponse<typeof errorBodySchema>>>;
}
