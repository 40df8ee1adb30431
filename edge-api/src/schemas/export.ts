/**
 * The JSON export (POST /api/dashboard/export) as it is written: every field named, so a client
 * knows what it gets and a column that should never leave the server (a password hash, a key) is
 * a contract violation rather than a silent leak.
 */
import { z } from '@hono/zod-openapi';
import { BURNOUT_RISK_LEVELS, EMOTIONS } from '../../../core/emotions';
import {
  emotionLogDataSchema,
  feedbackDataSchema,
  journalEntryDataSchema,
  messageDataSchema,
  sessionDataSchema,
} from '../../../core/sync/protocol';

const instant = z.iso.datetime({ offset: true });

export const exportQuerySchema = z.strictObject({
  format: z
    .enum(['json', 'csv', 'pdf'])
    .default('json')
    .openapi({ description: 'json or csv: your data; pdf: a readable report of it' }),
});

const day = z.iso.date();

/** A range of whole days, both included; the dashboard's export sends the same. */
export const dateRangeSchema = z
  .strictObject({ from: day, to: day })
  .refine((range) => range.from <= range.to, {
    message: 'The first day must not be after the last day.',
    path: ['to'],
  })
  .openapi('DateRange', { description: 'First and last day included, at your UTC offset' });

export const exportBodySchema = z
  .strictObject({
    date_range: dateRangeSchema.optional(),
    utc_offset_minutes: z.number().int().min(-720).max(840).optional().openapi({
      description:
        'Your offset from UTC in minutes east, so the range is your days; default 0 (UTC)',
    }),
  })
  .openapi('ExportRequest');

/**
 * A synced record as exported: its id and its data, decrypted. safeExtend: zod refuses to extend
 * an object that has refinements (messages, feedback) with plain `extend`.
 */
const record = <T extends z.ZodObject>(data: T) => data.safeExtend({ id: z.uuid() });

export const exportProfileSchema = z
  .strictObject({
    id: z.uuid(),
    email: z.string(),
    username: z.string(),
    first_name: z.string().nullable(),
    last_name: z.string().nullable(),
    privacy_consent: z.boolean(),
    privacy_consent_at: instant.nullable(),
    data_retention_days: z.number().int(),
    data_epoch: z.number().int().min(0),
    data_reset_hlc: z.string().nullable(),
    created_at: instant,
    updated_at: instant,
    deleted_at: instant.nullable(),
  })
  .openapi('ExportProfile');

export const exportFileSchema = z
  .strictObject({
    exported_at: instant,
    date_range: z.object({ from: day, to: day }).optional(),
    profile: exportProfileSchema,
    tables: z.strictObject({
      journal_entries: z.array(record(journalEntryDataSchema)),
      sessions: z.array(record(sessionDataSchema)),
      messages: z.array(record(messageDataSchema)),
      emotion_logs: z.array(record(emotionLogDataSchema)),
      emotion_statistics: z.array(
        z.strictObject({
          id: z.uuid(),
          user_id: z.uuid(),
          date: z.iso.date(),
          avg_stress_score: z.number().nullable(),
          max_stress_score: z.number().int().nullable(),
          emotion_distribution: z.partialRecord(z.enum(EMOTIONS), z.number()).nullable(),
          burnout_risk_level: z.enum(BURNOUT_RISK_LEVELS).nullable(),
          created_at: instant,
        }),
      ),
      feedback: z.array(record(feedbackDataSchema)),
    }),
  })
  .openapi('ExportFile');
