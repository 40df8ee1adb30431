import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../errors';

export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Refuses bodies over 1 MB with our JSON 413: at once when Content-Length says so, and while
 * reading when the body is chunked (no length declared).
 */
export function limitBody(maxBytes = MAX_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', 'Request body is larger than 1 MB');
    },
  });
}
