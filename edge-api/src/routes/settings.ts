/** Preferences, and "delete all my data" (the account stays; every device starts afresh). */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { eq, sql } from 'drizzle-orm';
import { audit } from '../audit';
import { replaceDataKey } from '../crypto/user-data';
import { preferences, users } from '../db/schema';
import { authenticatedRoute } from '../middleware/auth';
import { errorResponses, jsonBody, jsonResponse } from '../openapi';
import {
  DEFAULT_PREFERENCES,
  dataDeletedSchema,
  deleteDataBodySchema,
  preferencesSchema,
  preferencesUpdateSchema,
  preferencesUpdatedSchema,
  type Preferences,
} from '../schemas/settings';
import type { AppEnv, Services } from '../services';
import { personalDataTables } from '../sync/data-tables';
import { lockUserData } from '../sync/user-lock';

export function settingsRoutes(services: Services) {
  const authenticated = authenticatedRoute(services, 'settings');

  async function readPreferences(userId: string): Promise<Preferences> {
    const [row] = await services.db
      .select({
        data_retention_days: users.data_retention_days,
        theme: preferences.theme,
        notification_enabled: preferences.notification_enabled,
        privacy_level: preferences.privacy_level,
      })
      .from(users)
      .leftJoin(preferences, eq(preferences.user_id, users.id))
      .where(eq(users.id, userId));
    const { data_retention_days, ...stored } = row!;
    return preferencesSchema.parse({
      data_retention_days,
      theme: stored.theme ?? DEFAULT_PREFERENCES.theme,
      notification_enabled: stored.notification_enabled ?? DEFAULT_PREFERENCES.notification_enabled,
      privacy_level: stored.privacy_level ?? DEFAULT_PREFERENCES.privacy_level,
    });
  }

  return new OpenAPIHono<AppEnv>()
    .openapi(
      createRoute({
        ...authenticated,
        method: 'get',
        path: '/preferences',
        responses: {
          200: jsonResponse(preferencesSchema, 'Your preferences'),
          ...errorResponses(401),
        },
      }),
      async (c) => c.json(await readPreferences(c.var.userId), 200),
    )
    .openapi(
      createRoute({
        ...authenticated,
        method: 'put',
        path: '/preferences',
        request: { body: jsonBody(preferencesUpdateSchema) },
        responses: {
          200: jsonResponse(preferencesUpdatedSchema, 'Preferences saved'),
          ...errorResponses(400, 401, 413),
        },
      }),
      async (c) => {
        const userId = c.var.userId;
        const { data_retention_days, ...update } = c.req.valid('json');
        const updatedAt = services.now();
        const merged = { ...(await readPreferences(userId)), ...update };
        await services.db.transaction(async (tx) => {
          // Retention lives on users because the retention sweep reads it for every person.
          if (data_retention_days !== undefined) {
            await tx
              .update(users)
              .set({ data_retention_days, updated_at: updatedAt })
              .where(eq(users.id, userId));
          }
          const { theme, notification_enabled, privacy_level } = merged;
          const row = { theme, notification_enabled, privacy_level, updated_at: updatedAt };
          await tx
            .insert(preferences)
            .values({ user_id: userId, ...row })
            .onConflictDoUpdate({ target: preferences.user_id, set: row });
        });
        return c.json(
          { updated_at: updatedAt.toISOString(), preferences: await readPreferences(userId) },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        ...authenticated,
        method: 'delete',
        path: '/data',
        request: { body: jsonBody(deleteDataBodySchema) },
        responses: {
          200: jsonResponse(
            dataDeletedSchema,
            'All journal, conversation and emotion data deleted',
          ),
          ...errorResponses(400, 401, 413),
        },
      }),
      async (c) => {
        const userId = c.var.userId;
        const epoch = await services.db.transaction(async (tx) => {
          await lockUserData(tx, userId);
          for (const table of personalDataTables)
            await tx.delete(table).where(eq(table.user_id, userId));
          // A new data key, so copies of the deleted rows (WAL, backups) can no longer be read.
          await replaceDataKey(tx, services.keyring, userId);
          // Devices still holding the old epoch get 409 data_reset instead of pushing it all back.
          const [user] = await tx
            .update(users)
            .set({ data_epoch: sql`${users.data_epoch} + 1`, updated_at: services.now() })
            .where(eq(users.id, userId))
            .returning({ epoch: users.data_epoch });
          await audit(services, c, { action: 'data_deleted', resource: 'data', userId }, tx);
          return user!.epoch;
        });
        return c.json({ message: 'All data deleted', epoch }, 200);
      },
    );
}
