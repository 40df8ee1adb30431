/** The signed-in person's own account: read, update, and erase it (GDPR Art. 17). */
import { OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../audit';
import { checkOwnPassword } from '../auth/password-attempts';
import { openProfile, sealProfile } from '../crypto/profile';
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
  data_key: users.data_key,
  email: users.email,
  username: users.username,
  first_name: users.first_name,
  last_name: users.last_name,
  privacy_consent: users.privacy_consent,
  privacy_consent_at: users.privacy_consent_at,
  data_retention_days: users.data_retention_days,
  created_at: users.created_at,
};

type ProfileRow = {
  user_id: string;
  data_key: string | null;
  email: string;
  username: string;
  first_name: string | null;
  last_name: string | null;
  privacy_consent_at: Date | null;
  created_at: Date;
};

export function accountRoutes(services: Services) {
  const authenticated = authenticatedRoute(services, 'account');

  /** The profile as the API shows it: names and email decrypted, dates as ISO strings. */
  async function toProfile<T extends ProfileRow>(row: T) {
    const { data_key, ...shown } = row;
    const cipher = await services.keyring.cipherFor(row.user_id, data_key);
    return {
      ...(await openProfile(cipher, row.user_id, shown)),
      privacy_consent_at: row.privacy_consent_at?.toISOString() ?? null,
      created_at: row.created_at.toISOString(),
    };
  }

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
        return c.json(await toProfile(row!), 200);
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
        const userId = c.var.userId;
        const { username, first_name, last_name, ...update } = c.req.valid('json');
        const now = services.now();
        const row = await services.db.transaction(async (tx) => {
          // Row-locked, so a concurrent "delete all my data" cannot swap the key under the names.
          const [stored] = await tx
            .select({ data_key: users.data_key })
            .from(users)
            .where(eq(users.id, userId))
            .for('update');
          const cipher = await services.keyring.cipherFor(userId, stored!.data_key);
          const [updated] = await tx
            .update(users)
            .set({
              ...update,
              ...(await sealProfile(cipher, userId, { username, first_name, last_name })),
              // Consent is a legal record: when it was last given or withdrawn.
              ...(update.privacy_consent === undefined ? {} : { privacy_consent_at: now }),
              updated_at: now,
            })
            .where(eq(users.id, userId))
            .returning(profileColumns);
          return updated!;
        });
        return c.json(await toProfile(row), 200);
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
        // The wrapped key went with the row; the unwrapped copy goes from memory too.
        services.keyring.forget(userId);
        return c.json({ message: 'Account deleted' }, 200);
      },
    );
}
