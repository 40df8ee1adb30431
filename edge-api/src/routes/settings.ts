/** Preferences, and "delete all my data" (the account stays; every device starts afresh). */
import { OpenAPIHono } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { audit } from '../audit';
import { replaceDataKey } from '../crypto/user-data';
import { preferences, users } from '../db/schema';
import { authenticatedRoute } from '../middleware/auth';
import { apiRoute, jsonBody, jsonResponse } from '../openapi';
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
import { deleteAllData } from '../sync/reset';

export function settingsRoutes(services: Services) {
  const authenticated = authenticatedRoute(services, 'settings');

  async function readPreferences(userId: string): Promise<Preferences> {
    const [row] = await services.db
      .select({
        data_retention_days: users.data_retention_days,
        theme: preferences.theme,
        notification_enabled: preferences.notification_enabled,
        privacy_level: preferences.privacy_level,
        llm_enabled: preferences.llm_enabled,
        crisis_region: preferences.crisis_region,
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
      llm_enabled: stored.llm_enabled ?? DEFAULT_PREFERENCES.llm_enabled,
      crisis_region: stored.crisis_region ?? DEFAULT_PREFERENCES.crisis_region,
    });
  }

  return new OpenAPIHono<AppEnv>()
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'get',
        path: '/preferences',
        summary: 'Read your preferences',
        operationId: 'getPreferences',
        responses: { 200: jsonResponse(preferencesSchema, 'Your preferences') },
      }),
      async (c) => c.json(await readPreferences(c.var.userId), 200),
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'put',
        path: '/preferences',
        summary: 'Update your preferences',
        operationId: 'updatePreferences',
        request: { body: jsonBody(preferencesUpdateSchema) },
        responses: {
          200: jsonResponse(preferencesUpdatedSchema, 'Preferences saved'),
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
          const { theme, notification_enabled, privacy_level, llm_enabled, crisis_region } = merged;
          const row = {
            theme,
            notification_enabled,
            privacy_level,
            llm_enabled,
            crisis_region,
            updated_at: updatedAt,
          };
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
      apiRoute({
        ...authenticated,
        method: 'delete',
        path: '/data',
        summary: 'Delete all your data, keeping the account',
        operationId: 'deleteAllData',
        request: { body: jsonBody(deleteDataBodySchema) },
        responses: {
          200: jsonResponse(
            dataDeletedSchema,
            'All journal, conversation and emotion data deleted',
          ),
        },
      }),
      async (c) => {
        const userId = c.var.userId;
        const { epoch } = await services.db.transaction(async (tx) => {
          const reset = await deleteAllData(tx, services, userId);
          // A new data key, so copies of the deleted rows (WAL, backups) can no longer be read.
          await replaceDataKey(tx, services.keyring, userId);
          await audit(services, c, { action: 'data_deleted', resource: 'data', userId }, tx);
          return reset;
        });
        services.syncEvents.publish(userId, '0');
        return c.json({ message: 'All data deleted', epoch }, 200);
      },
    );
}
