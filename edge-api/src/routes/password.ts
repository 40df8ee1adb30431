/** Changing the password: the current one first (limited like every password check), then all other logins end. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../audit';
import { checkOwnPassword } from '../auth/password-attempts';
import { revokeOtherSessions } from '../auth/sessions';
import { hashPassword } from '../crypto/password';
import { users } from '../db/schema';
import { ApiError } from '../errors';
import { authenticatedRoute } from '../middleware/auth';
import { apiRoute, errorResponses, jsonBody, jsonResponse } from '../openapi';
import { messageSchema, passwordChangeBodySchema } from '../schemas/auth';
import type { AppEnv, Services } from '../services';

export function passwordRoutes(services: Services) {
  return new OpenAPIHono<AppEnv>().openapi(
    apiRoute({
      ...authenticatedRoute(services, 'account'),
      method: 'put',
      path: '/password',
      summary: 'Change your password',
      description:
        'Needs the current password. Every other login (its access and refresh tokens) ends; ' +
        'the one making the change stays signed in with the tokens it has.',
      operationId: 'changePassword',
      request: { body: jsonBody(passwordChangeBodySchema) },
      responses: {
        200: jsonResponse(messageSchema, 'Password changed; every other login signed out'),
        ...errorResponses(403),
      },
    }),
    async (c) => {
      const { userId, authSessionId } = c.var;
      const { current_password, new_password } = c.req.valid('json');
      if (!(await checkOwnPassword(services, c, userId, current_password))) {
        throw new ApiError(403, 'forbidden', 'Current password is wrong');
      }
      const passwordHash = await hashPassword(new_password);
      await services.db.transaction(async (tx) => {
        await tx
          .update(users)
          .set({ password_hash: passwordHash, updated_at: services.now() })
          .where(eq(users.id, userId));
        await revokeOtherSessions(services, userId, authSessionId, tx);
      });
      services.sessionCache.forgetUser(userId);
      await audit(services, c, { action: 'password_changed', resource: 'user', userId });
      return c.json({ message: 'Password changed; other devices are signed out' }, 200);
    },
  );
}
