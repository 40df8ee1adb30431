import { z } from '@hono/zod-openapi';

export const THEMES = ['light', 'dark', 'system'] as const;
export const PRIVACY_LEVELS = ['low', 'medium', 'high'] as const;

export const preferencesSchema = z
  .object({
    theme: z.enum(THEMES),
    notification_enabled: z.boolean(),
    data_retention_days: z.number().int().min(7).max(3650),
    privacy_level: z.enum(PRIVACY_LEVELS),
    llm_enabled: z.boolean().openapi({
      description:
        'The person chose to let the configured LLM write replies: their messages and the emotion labels are sent to it, never their face or voice. Off by default; without an LLM on the server it changes nothing.',
    }),
    crisis_region: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as US or GB')
      .nullable()
      .openapi({
        description:
          "Whose crisis lines to show (ISO 3166-1 alpha-2, e.g. US, GB); null: from the browser's locale",
      }),
  })
  .openapi('Preferences');
export type Preferences = z.infer<typeof preferencesSchema>;

/** What a person has before they change anything: the most private choices. */
export const DEFAULT_PREFERENCES = {
  theme: 'system',
  notification_enabled: false,
  privacy_level: 'high',
  llm_enabled: false,
  crisis_region: null,
} as const satisfies Omit<Preferences, 'data_retention_days'>;

export const preferencesUpdateSchema = z
  .strictObject(preferencesSchema.partial().shape)
  .refine((update) => Object.keys(update).length > 0, 'send at least one preference')
  .openapi('PreferencesUpdate');

export const preferencesUpdatedSchema = z
  .object({ updated_at: z.string(), preferences: preferencesSchema })
  .openapi('PreferencesUpdated');

export const deleteDataBodySchema = z
  .strictObject({ confirm: z.literal(true, 'confirm must be true') })
  .openapi('DeleteDataRequest');

export const dataDeletedSchema = z
  .object({
    message: z.string(),
    epoch: z.number().int().openapi({ description: 'The new data epoch (see sync)' }),
  })
  .openapi('DataDeleted');
