/**
 * A text reading for fusion from what the text worker (or the server) produced: the rule-based
 * analysis of the message and, when the model ran, its probabilities. Used by the chat page, the
 * API and eval, so all three hand fusion the same thing.
 */
import type { TextAnalysis } from '../text/analyze';
import { statesStress } from '../text/stated-stress';
import { EMOTIONS } from '../emotions';
import { clamp01, topEmotion } from './circumplex';
import type { EmotionProbabilities, ModalityReading, StressCues } from './types';
import { recencyDecay } from './weights';

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
      ...(statesStress(text) && { textStress: 1 }),
    },
  };
}

/** Cues an earlier message hands on to the next, fading with the text half-life. */
const CARRIED: readonly (keyof StressCues)[] = ['textNegativity', 'textStress'];
/**
 * Two half-lives on, the earlier message hands on nothing (fuse.ts drops readings that old from
 * hidden stress too); a faint cue would only thin the stress score's mean.
 */
const CARRY_MIN_FADE = 0.25;

/**
 * The next message's reading, its negativity and stated stress kept at least at the earlier
 * message's, faded by the time between them (weights.ts: a message stays the topic for about a
 * minute). Fusion keeps one reading per modality, so without this "I'm so stressed about the
 * deadline" followed by "It's due Friday" read as if the stress had never been said. Risk is not
 * carried: its floors are levels the crisis rules judge per conversation, not a fading cue.
 */
export function followingMessage(
  next: ModalityReading,
  earlier: ModalityReading | undefined,
): ModalityReading {
  if (!earlier?.cues || earlier.modality !== 'text') return next;
  const fade = recencyDecay('text', next.at - earlier.at);
  if (fade < CARRY_MIN_FADE) return next;
  const cues: StressCues = { ...next.cues };
  for (const cue of CARRIED) {
    const carried = (earlier.cues[cue] ?? 0) * fade;
    if (carried > (cues[cue] ?? 0)) cues[cue] = carried;
  }
  return { ...next, cues };
}
