import { and, eq, isNull } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import { verifyAccessToken } from '../auth/tokens';
import { authSessions } from '../db/schema';
import { unauthorized } from '../errors';
import { bearerSecurity } from '../openapi';
import type { AppEnv, Services } from '../services';

/**
 * Requires `Authorization: Bearer <access token>`. Beyond the signature it checks that the login
 * family is still live and the account exists, so logout and account deletion take effect at once
 * rather than when the token expires; one indexed lookup buys that, cached for a few seconds per
 * process (auth/sessions.ts says how revocation stays immediate).
 */
export function requireAuth(services: Services) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const match = /^Bearer (\S+)$/.exec(c.req.header('authorization') ?? '');
    if (!match) throw unauthorized('Missing bearer token');
    const claims = await verifyAccessToken(match[1]!, services.config.jwtSecret);
    if (!claims) throw unauthorized('Token is invalid or expired');

    const nowMs = services.now().getTime();
    if (!services.sessionCache.isLive(claims.sid, claims.sub, nowMs)) {
      const mark = services.sessionCache.mark();
      // auth_sessions rows are deleted with their user (ON DELETE CASCADE), so a live row also
      // proves the account still exists.
      const [session] = await services.db
        .select({ id: authSessions.id })
        .from(authSessions)
        .where(
          and(
            eq(authSessions.id, claims.sid),
            eq(authSessions.user_id, claims.sub),
            isNull(authSessions.revoked_at),
          ),
        );
      if (!session) throw unauthorized('Session has ended; sign in again');
      services.sessionCache.remember(claims.sid, claims.sub, nowMs, mark);
    }

    c.set('userId', claims.sub);
    c.set('authSessionId', claims.sid);
    await next();
  });
}

/** Route options shared by every authenticated route: the middleware and its OpenAPI security. */
export function authenticatedRoute(services: Services, tag: string) {
  return { tags: [tag], security: bearerSecurity, middleware: requireAuth(services) };
}
