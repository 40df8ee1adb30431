import { OpenAPIHono, z } from '@hono/zod-openapi';
import { audit } from '../audit';
import { refreshAllDailyStatistics } from '../dashboard/statistics';
import { collectUserData } from '../export/collect';
import { exportToCsv } from '../export/csv';
import { authenticatedRoute } from '../middleware/auth';
import { apiRoute, attachmentResponse } from '../openapi';
import { exportFileSchema } from '../schemas/export';
import type { AppEnv, Services } from '../services';

const exportQuerySchema = z.strictObject({ format: z.enum(['json', 'csv']).default('json') });

export function exportRoutes(services: Services) {
  return new OpenAPIHono<AppEnv>().openapi(
    apiRoute({
      ...authenticatedRoute(services, 'dashboard'),
      method: 'post',
      path: '/export',
      summary: 'Export all your data',
      operationId: 'exportData',
      request: { query: exportQuerySchema },
      responses: {
        200: attachmentResponse(
          {
            'application/json': { schema: exportFileSchema },
            'text/csv': { schema: z.string() },
          },
          'A file with all your data (journal text decrypted)',
        ),
      },
    }),
    async (c) => {
      const { format } = c.req.valid('query');
      const userId = c.var.userId;
      await refreshAllDailyStatistics(services.db, userId, services.now().getTime());
      const data = await collectUserData(services, userId);
      await audit(services, c, { action: 'export', resource: `data:${format}`, userId });
      const date = data.exported_at.slice(0, 10);
      c.header('Content-Disposition', `attachment; filename="rivion-export-${date}.${format}"`);
      c.header('Cache-Control', 'no-store');
      if (format === 'csv') {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        return c.body(exportToCsv(data), 200);
      }
      return c.json(data, 200);
    },
  );
}
