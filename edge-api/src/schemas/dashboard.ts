/** Query parameters and responses of the dashboard figures (seed §6.4), as they are written. */
import { z } from '@hono/zod-openapi';
import { FACTOR_CODES, RECOMMENDATION_CODES } from '../../../core/burnout/types';
import { BURNOUT_RISK_LEVELS, EMOTIONS } from '../../../core/emotions';

/** A year is the longest period any figure is computed over: the query stays bounded. */
export const MAX_DAYS = 365;

const days = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_DAYS)
    .default(fallback)
    .openapi({ description: `Days up to and including today (1-${MAX_DAYS})` });

const utcOffset = z.coerce.number().int().min(-720).max(840).default(0).openapi({
  description:
    'Your offset from UTC in minutes east (e.g. -300 for New York in winter, 60 for Paris), so days are your days; default 0',
});

export const summaryQuerySchema = z.strictObject({
  date_range: z.enum(['7d', '30d', '90d']).default('7d'),
  utc_offset_minutes: utcOffset,
});
export const stressTrendQuerySchema = z.strictObject({
  days: days(30),
  by: z
    .enum(['day', 'session'])
    .default('day')
    .openapi({ description: 'One point per day, or one per session' }),
  utc_offset_minutes: utcOffset,
});
export const distributionQuerySchema = z.strictObject({
  days: days(7),
  utc_offset_minutes: utcOffset,
});
export const suggestionsQuerySchema = z.strictObject({ days: days(90) });
export const noQuerySchema = z.strictObject({});

const emotion = z.enum(EMOTIONS);
const perEmotion = z.record(emotion, z.number());
const period = z
  .object({ from: z.iso.date(), to: z.iso.date() })
  .openapi('DashboardPeriod', { description: 'First and last day counted, at your UTC offset' });
const stress = z.number().min(0).max(100);

const recommendation = z
  .object({ code: z.enum(RECOMMENDATION_CODES), sentence: z.string() })
  .openapi('Recommendation');

export const burnoutRiskSchema = z
  .object({
    status: z.enum(['estimated', 'not_enough_data']),
    risk_level: z.enum(BURNOUT_RISK_LEVELS).nullable().openapi({
      description: 'low below 40, medium 40-70, high above 70; null until there is enough data',
    }),
    score: z.number().int().min(0).max(100).nullable(),
    factors: z.array(
      z
        .object({
          code: z.enum(FACTOR_CODES),
          sentence: z.string(),
          severity: z.number().min(0).max(1),
          contribution: z.number().min(0).openapi({ description: 'Points added to the score' }),
        })
        .openapi('BurnoutFactor'),
    ),
    recommendations: z.array(recommendation),
    trend: z
      .object({
        slope: z.number().openapi({ description: 'Stress points per session (least squares)' }),
        direction: z.enum(['rising', 'steady', 'falling']),
        sessions: z.number().int(),
      })
      .nullable(),
    sessions_counted: z.number().int().min(0),
    sessions_needed: z.number().int().min(0),
    message: z
      .string()
      .nullable()
      .openapi({ description: 'Why there is no estimate yet; null when there is one' }),
  })
  .openapi('BurnoutRisk');

const dayPoint = z
  .object({
    date: z.iso.date(),
    stress: stress.nullable(),
    peak: stress.nullable(),
    emotion: emotion.nullable(),
    sessions: z.number().int(),
  })
  .openapi('DayStress');
const sessionPoint = z
  .object({
    session_id: z.uuid(),
    started_at: z.iso.datetime(),
    stress: stress.nullable(),
    peak: stress.nullable(),
    emotion: emotion.nullable(),
  })
  .openapi('SessionStress');

export const summarySchema = z
  .object({
    period,
    sessions_count: z.number().int(),
    total_minutes: z.number().int(),
    mean_stress: stress.nullable(),
    current_stress: stress.nullable().openapi({ description: 'Mean stress of the latest session' }),
    dominant_emotions: z.array(z.object({ emotion, share: z.number() })),
    hidden_stress_moments: z.number().int(),
    journal_entries: z.number().int(),
    streak: z.object({ current_days: z.number().int(), longest_days: z.number().int() }),
    burnout_risk: z.enum(BURNOUT_RISK_LEVELS).nullable(),
    avg_stress_trend: z.array(dayPoint),
    emotion_distribution: perEmotion.openapi({ description: 'Percent of readings per emotion' }),
    recommendations: z.array(recommendation),
  })
  .openapi('DashboardSummary');

export const stressTrendSchema = z
  .object({
    by: z.enum(['day', 'session']),
    period,
    data: z.array(z.union([dayPoint, sessionPoint])),
  })
  .openapi('StressTrend');

export const distributionSchema = z
  .object({
    period,
    total: z.number().int().openapi({ description: 'Readings with a known emotion' }),
    counts: perEmotion,
    percentages: perEmotion,
  })
  .openapi('EmotionDistribution');

export const suggestionsSchema = z
  .object({
    period,
    suggestions: z.array(
      z
        .object({
          suggestion_type: z.string(),
          offered: z.number().int(),
          rated: z.number().int(),
          helpful: z.number().int(),
          helpful_rate: z.number().min(0).max(1).nullable(),
          mean_rating: z.number().min(1).max(5).nullable(),
        })
        .openapi('SuggestionEffectiveness'),
    ),
  })
  .openapi('SuggestionsEffectiveness');
