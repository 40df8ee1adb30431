/**
 * Bodies of POST /api/emotion/fuse and /api/emotion/analyze-text: labels and scores only, every
 * number bounded, unknown fields refused. The shapes are core/fusion/types.ts's.
 */
import { z } from '@hono/zod-openapi';
import { EMOTIONS } from '../../../core/emotions';
import { MODALITIES } from '../../../core/fusion/types';

/** A message the server reads, in characters; longer is a 400 naming `text`. */
export const MAX_ANALYZE_TEXT_CHARS = 5_000;
/** Timestamps: ms since 1970, up to the year 2286. */
const timestamp = z.number().int().min(0).max(9_999_999_999_999);
const unit = z.number().min(0).max(1);

const probabilitiesSchema = z
  .strictObject(
    Object.fromEntries(EMOTIONS.map((e) => [e, unit])) as Record<
      (typeof EMOTIONS)[number],
      typeof unit
    >,
  )
  .refine((p) => Math.abs(Object.values(p).reduce((a, b) => a + b, 0) - 1) <= 0.02, {
    message: 'probabilities must sum to 1',
  })
  .openapi('EmotionProbabilities', { description: 'One probability per class, summing to 1' });

const cuesSchema = z
  .strictObject({
    faceArousal: unit.optional(),
    faceTension: unit.optional(),
    blinkRatePerMinute: z.number().min(0).max(200).optional(),
    vocalStress: unit.optional(),
    textNegativity: unit.optional(),
    textRisk: unit.optional(),
    textStress: unit.optional(),
  })
  .openapi('StressCues');

export const modalityReadingSchema = z
  .strictObject({
    probabilities: probabilitiesSchema,
    confidence: unit,
    valence: z.number().min(-1).max(1).optional(),
    arousal: unit.optional(),
    quality: unit.openapi({
      description: 'Face found and how large, speech active, message long enough',
    }),
    at: timestamp.openapi({ description: 'When it was read, ms since 1970' }),
    cues: cuesSchema.optional(),
  })
  .openapi('ModalityReading');

export const baselineSchema = z
  .strictObject({
    stress: z.number().min(0).max(100).nullable(),
    blinkRatePerMinute: z.number().min(0).max(200).nullable(),
    faceArousal: unit.nullable(),
    samples: z.number().int().min(0).max(1_000_000),
  })
  .openapi('Baseline');

export const fuseBodySchema = z
  .strictObject({
    readings: z.strictObject({
      face: modalityReadingSchema.nullable().optional(),
      voice: modalityReadingSchema.nullable().optional(),
      text: modalityReadingSchema.nullable().optional(),
    }),
    baseline: baselineSchema.optional().openapi({
      description: 'The person’s usual levels; without it the reading says it is calibrating',
    }),
    off: z.array(z.enum(MODALITIES)).max(MODALITIES.length).optional(),
    now: timestamp.optional().openapi({
      description:
        'The client’s clock; default: the newest reading’s `at`, so clocks need not agree',
    }),
    session_started_at: timestamp.optional(),
  })
  .openapi('FuseRequest');

const partsSchema = z
  .object({
    face: unit.optional(),
    blink: unit.optional(),
    voice: unit.optional(),
    textNegativity: unit.optional(),
    textRisk: unit.optional(),
    textStress: unit.optional(),
  })
  .openapi('StressParts');

export const fusedReadingSchema = z
  .object({
    emotion: z.enum(EMOTIONS),
    probabilities: z.record(z.enum(EMOTIONS), z.number()),
    confidence: z.number(),
    valence: z.number(),
    arousal: z.number(),
    stress: z.number().openapi({ description: '0-100, against the person’s baseline' }),
    stressVsUsual: z.number().nullable(),
    hiddenStress: z.object({ pattern: z.string(), reason: z.string() }).nullable().openapi({
      description: 'Set when the modalities disagree in a way that suggests a brave face',
    }),
    weights: z.record(z.enum(MODALITIES), z.number()).openapi({
      description: 'Each modality’s share of the result (sums to 1 over those that counted)',
    }),
    stressParts: partsSchema,
    calibrating: z.boolean(),
    at: z.number(),
  })
  .openapi('FusedReading');

export const analyzeTextBodySchema = z
  .strictObject({
    text: z.string().min(1).max(MAX_ANALYZE_TEXT_CHARS),
  })
  .openapi('AnalyzeTextRequest');

/** Where in the message: offsets only (the words themselves are not sent back). */
const spanSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const textAnalysisSchema = z
  .object({
    analysed_by: z.enum(['rules', 'rules+model']).openapi({
      description: '`rules` when the server runs without the text model: emotion is then null',
    }),
    model: z.string().nullable(),
    emotion: z
      .object({
        emotion: z.enum(EMOTIONS),
        probabilities: z.record(z.enum(EMOTIONS), z.number()),
        confidence: z.number(),
      })
      .nullable(),
    sentiment: z.number(),
    sarcasm: z.boolean(),
    risk: z.object({ keywords: z.array(z.string()), spans: z.array(spanSchema) }),
    stressors: z.array(z.object({ topic: z.string(), span: spanSchema })),
    crisis: z.object({
      level: z.enum(['none', 'elevated', 'severe']),
      reasons: z.array(z.string()),
      spans: z.array(spanSchema),
    }),
    reading: modalityReadingSchema.extend({ modality: z.literal('text') }).openapi({
      description: 'The message as a text reading, ready for POST /api/emotion/fuse',
    }),
  })
  .openapi('TextAnalysis');
