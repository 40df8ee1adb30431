import { OpenAPIHono, z } from '@hono/zod-openapi';
import { exportFileName } from '../../../core/export/csv';
import { audit } from '../audit';
import { refreshAllDailyStatistics } from '../dashboard/statistics';
import { collectUserData } from '../export/collect';
import { exportToCsv } from '../export/csv';
import { exportToPdf, reportRecords, wholeRange } from '../export/pdf';
import { exportInRange } from '../export/range';
import { authenticatedRoute } from '../middleware/auth';
import { apiRoute, attachmentResponse } from '../openapi';
import { exportBodySchema, exportFileSchema, exportQuerySchema } from '../schemas/export';
import type { AppEnv, Services } from '../services';

export function exportRoutes(services: Services) {
  return new OpenAPIHono<AppEnv>().openapi(
    apiRoute({
      ...authenticatedRoute(services, 'dashboard'),
      method: 'post',
      path: '/export',
      summary: 'Export your data',
      description:
        'Everything the server holds about you as JSON or CSV (journal text decrypted), or a PDF report: the range, sessions, mean and peak stress, dominant emotions, burnout level and factors, and the suggestions that helped. The optional body narrows any format to a `date_range` of whole days at your UTC offset. The server holds no crisis moments (they stay on your device) and draws no charts; the app makes the same PDF with charts on the device.',
      operationId: 'exportData',
      request: {
        query: exportQuerySchema,
        // Optional: a request without a body exports everything, as before the date range.
        body: { required: false, content: { 'application/json': { schema: exportBodySchema } } },
      },
      responses: {
        200: attachmentResponse(
          {
            'application/json': { schema: exportFileSchema },
            'text/csv': { schema: z.string() },
            'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
          },
          'A file with your data, or your report',
        ),
      },
    }),
    async (c) => {
      const { format } = c.req.valid('query');
      const { date_range, utc_offset_minutes = 0 } = c.req.valid('json');
      const userId = c.var.userId;
      const nowMs = services.now().getTime();
      await refreshAllDailyStatistics(services.db, userId, nowMs);
      const all = await collectUserData(services, userId);
      const data = date_range ? exportInRange(all, date_range, utc_offset_minutes) : all;
      await audit(services, c, { action: 'export', resource: `data:${format}`, userId });
      c.header('Cache-Control', 'no-store');
      if (format === 'pdf') {
        // The burnout level looks back 30 days from the range's end: the report reads everything.
        const records = reportRecords(all);
        const range = date_range ?? wholeRange(records, nowMs, utc_offset_minutes);
        const file = await exportToPdf(records, range, nowMs, utc_offset_minutes);
        c.header('Content-Disposition', `attachment; filename="${exportFileName(range, 'pdf')}"`);
        c.header('Content-Type', 'application/pdf');
        return c.body(file, 200);
      }
      const name = date_range
        ? `rivion-${date_range.from}-to-${date_range.to}.${format}`
        : `rivion-export-${data.exported_at.slice(0, 10)}.${format}`;
      c.header('Content-Disposition', `attachment; filename="${name}"`);
      if (format === 'csv') {
        c.header('Content-Type', 'text/csv; charset=utf-8');
        return c.body(exportToCsv(data), 200);
      }
      return c.json(data, 200);
    },
  );
}
