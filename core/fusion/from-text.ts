/**
 * A text reading for fusion from what the text worker (or the server) produced: the rule-based
 * analysis of the message and, when the model ran, its probabilities. Used by the chat page, the
 * API and eval, so all three hand fusion the same thing.
 */
import type { TextAnalysis } from '../text/analyze';
import { EMOTIONS } from '../emotions';
import { clamp01, topEmotion } from './circumplex';
import type { EmotionProbabilities, ModalityReading } from './types';

/** A message this many words long or longer is read with full quality; shorter ones less. */
export const FULL_QUALITY_WORDS = 4;
/** Risk keywords alone (hopeless, worthless...) without crisis language: below elevated. */
export const RISK_KEYWORD_LEVEL = 0.25;

const CRISIS_RISK = { none: 0, elevated: 0.5, severe: 1 } as const;

/**
 * Builds the reading. Without model probabilities (model loading or off) it carries the cues only:
 * probabilities say neutral with confidence 0, so the message's emotion drops out of the weights
 * while its negativity and risk still feed the stress score.
 */
export function textReading({
  text,
  analysis,
  probabilities,
  at,
}: {
  text: string;
  analysis: TextAnalysis;
  probabilities: EmotionProbabilities | null;
  at: number;
}): ModalityReading {
  const words = text.split(/\s+/).filter(Boolean).length;
  const p =
    probabilities ??
    (Object.fromEntries(EMOTIONS.map((e) => [e, e === 'neutral' ? 1 : 0])) as EmotionProbabilities);
  const keywordRisk = analysis.risk.keywords.length > 0 ? RISK_KEYWORD_LEVEL : 0;
  return {
    modality: 'text',
    probabilities: p,
    confidence: probabilities ? p[topEmotion(p)] : 0,
    valence: analysis.sentiment,
    quality: clamp01(words / FULL_QUALITY_WORDS),
    at,
    cues: {
      textNegativity: clamp01(-analysis.sentiment),
      textRisk: Math.max(CRISIS_RISK[analysis.crisis.level], keywordRisk),
    },
  };
}
