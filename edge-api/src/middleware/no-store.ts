import type { MiddlewareHandler } from 'hono';

/**
 * API answers carry personal data: no browser or proxy cache may keep them. Mount it outermost:
 * an error thrown by an earlier middleware (the body limit's 413 before any handler ran) becomes a
 * response at that middleware's level, and only the middlewares around it see that response.
 */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  };
}
