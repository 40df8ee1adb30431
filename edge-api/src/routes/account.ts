/** The signed-in person's own account: read, update, and erase it (GDPR Art. 17). */
import { OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../audit';
import { checkOwnPassword } from '../auth/password-attempts';
import { users } from '../db/schema';
import { ApiError } from '../errors';
import { authenticatedRoute } from '../middleware/auth';
import { apiRoute, errorResponses, jsonBody, jsonResponse } from '../openapi';
import {
  deleteAccountBodySchema,
  messageSchema,
  profileSchema,
  profileUpdateSchema,
} from '../schemas/auth';
import type { AppEnv, Services } from '../services';

const profileColumns = {
  user_id: users.id,
  email: users.email,
  username: users.username,
  first_name: users.first_name,
  last_name: users.last_name,
  privacy_consent: users.privacy_consent,
  privacy_consent_at: users.privacy_consent_at,
  data_retention_days: users.data_retention_days,
  created_at: users.created_at,
};

type ProfileRow = { privacy_consent_at: Date | null; created_at: Date } & Record<string, unknown>;
const toProfile = <T extends ProfileRow>(row: T) => ({
  ...row,
  privacy_consent_at: row.privacy_consent_at?.toISOString() ?? null,
  created_at: row.created_at.toISOString(),
});

export function accountRoutes(services: Services) {
  const authenticated = authenticatedRoute(services, 'account');
  return new OpenAPIHono<AppEnv>()
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'get',
        path: '/me',
        summary: 'Read your profile',
        operationId: 'getProfile',
        responses: { 200: jsonResponse(profileSchema, 'Your profile') },
      }),
      async (c) => {
        const [row] = await services.db
          .select(profileColumns)
          .from(users)
          .where(eq(users.id, c.var.userId));
        return c.json(toProfile(row!), 200);
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'put',
        path: '/profile',
        summary: 'Update your profile',
        operationId: 'updateProfile',
        request: { body: jsonBody(profileUpdateSchema) },
        responses: {
          200: jsonResponse(profileSchema, 'Your updated profile'),
        },
      }),
      async (c) => {
        const update = c.req.valid('json');
        const now = services.now();
        const [row] = await services.db
          .update(users)
          .set({
            ...update,
            // Consent is a legal record: when it was last given or withdrawn.
            ...(update.privacy_consent === undefined ? {} : { privacy_consent_at: now }),
            updated_at: now,
          })
          .where(eq(users.id, c.var.userId))
          .returning(profileColumns);
        return c.json(toProfile(row!), 200);
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'delete',
        path: '/account',
        summary: 'Delete your account and all its data',
        operationId: 'deleteAccount',
        request: { body: jsonBody(deleteAccountBodySchema) },
        responses: {
          200: jsonResponse(messageSchema, 'Account and all its data deleted'),
          ...errorResponses(403),
        },
      }),
      async (c) => {
        const userId = c.var.userId;
        const confirmation = c.req.valid('json').password_confirmation;
        if (!(await checkOwnPassword(services, c, userId, confirmation))) {
          throw new ApiError(403, 'forbidden', 'Password confirmation is wrong');
        }
        await services.db.transaction(async (tx) => {
          // Every table references users ON DELETE CASCADE (audit_log: SET NULL), so this one
          // statement removes all of the person's rows.
          await tx.delete(users).where(eq(users.id, userId));
          // The record that an erasure happened names nobody.
          await audit(
            services,
            c,
            { action: 'account_deleted', resource: 'user', userId: null },
            tx,
          );
        });
        services.sessionCache.forgetUser(userId);
        return c.json({ message: 'Account deleted' }, 200);
      },
    );
}
