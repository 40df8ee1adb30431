/**
 * What ending a conversation session records about it: the wire shape of `sessions.summary`,
 * computed by summarizeSession (summary.ts) on the device or by the server's session/end. Topics
 * carry the person's own words, so the server stores the whole summary encrypted.
 */
import { z } from 'zod';
import { MICRO_INTERVENTIONS } from '../conversation/types';
import { EMOTIONS } from '../emotions';
import { STRESSOR_TOPICS } from '../text/stressor-topics';

/** The most words kept per topic, and the longest: enough to recall what it was about. */
export const TOPIC_WORDS_MAX = 5;
export const TOPIC_WORD_MAX_LENGTH = 60;

/** Stress above this counts toward `minutes_above_70` (the report's "high stress" line). */
export const HIGH_STRESS = 70;

const count = z.number().int().min(0).max(1_000_000);

export const suggestionOutcomeSchema = z.strictObject({
  type: z.enum(MICRO_INTERVENTIONS),
  /** Companion messages that offered it. */
  offered: count,
  helpful: count,
  not_helpful: count,
  /** Mean of the 1-5 ratings given, null when none was. */
  mean_rating: z.number().min(1).max(5).nullable(),
});

export const sessionTopicSchema = z.strictObject({
  topic: z.enum(STRESSOR_TOPICS),
  /** How many of the person's messages named it as a worry. */
  mentions: count,
  /** The words they used for it, lower case, first seen first. */
  words: z.array(z.string().min(1).max(TOPIC_WORD_MAX_LENGTH)).max(TOPIC_WORDS_MAX),
});

export const sessionSummarySchema = z.strictObject({
  dominant_emotion: z.enum(EMOTIONS).nullable(),
  mean_stress: z.number().min(0).max(100).nullable(),
  peak_stress: z.number().int().min(0).max(100).nullable(),
  minutes_above_70: z.number().min(0).max(1_000_000),
  /** Stretches of readings flagged as hidden stress (a run of flagged readings counts once). */
  hidden_stress_moments: count,
  message_count: count,
  suggestions: z.array(suggestionOutcomeSchema).max(MICRO_INTERVENTIONS.length),
  topics: z.array(sessionTopicSchema).max(STRESSOR_TOPICS.length),
});

export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export type SuggestionOutcome = z.infer<typeof suggestionOutcomeSchema>;
export type SessionTopic = z.infer<typeof sessionTopicSchema>;
