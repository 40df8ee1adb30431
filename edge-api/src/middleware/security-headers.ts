import type { MiddlewareHandler } from 'hono';
import { contentSecurityPolicy } from '../../../core/csp';

/**
 * Headers for every response of our origin. The CSP comes from core/csp.ts, the same source as the
 * built page's <meta>, so the server and the page cannot disagree.
 */
export function securityHeaders(apiOrigins: string[] = []): MiddlewareHandler {
  const csp = contentSecurityPolicy(apiOrigins);
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', csp);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    // The camera and microphone are for this app's own pages, never for embedded content.
    c.header('Permissions-Policy', 'camera=(self), microphone=(self)');
  };
}
