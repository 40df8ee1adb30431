/**
 * Where each class sits on Russell's circumplex, for modalities that report probabilities but no
 * valence or arousal of their own. Valence -1..1; arousal 0..1 (the face worker's -1..1 table,
 * workers/face/fusion.ts, mapped by (a + 1) / 2 so both scales agree).
 */
import { EMOTIONS, type Emotion } from '../emotions';
import type { EmotionProbabilities } from './types';

export const CIRCUMPLEX: Readonly<Record<Emotion, { valence: number; arousal: number }>> = {
  angry: { valence: -0.6, arousal: 0.85 },
  disgusted: { valence: -0.7, arousal: 0.65 },
  fearful: { valence: -0.6, arousal: 0.8 },
  happy: { valence: 0.8, arousal: 0.75 },
  neutral: { valence: 0, arousal: 0.5 },
  sad: { valence: -0.7, arousal: 0.3 },
  surprised: { valence: 0.3, arousal: 0.9 },
};

/** Probability-weighted position on the circumplex. */
export function circumplexPosition(p: EmotionProbabilities): { valence: number; arousal: number } {
  let valence = 0;
  let arousal = 0;
  for (const e of EMOTIONS) {
    valence += p[e] * CIRCUMPLEX[e].valence;
    arousal += p[e] * CIRCUMPLEX[e].arousal;
  }
  return { valence, arousal };
}

/** The class with the highest probability (the first in EMOTIONS order on a tie). */
export function topEmotion(p: EmotionProbabilities): Emotion {
  return EMOTIONS.reduce((best, e) => (p[e] > p[best] ? e : best), EMOTIONS[0] as Emotion);
}

/** Scales non-negative scores to sum to 1; all zero becomes uniform. */
export function normalise(p: EmotionProbabilities): EmotionProbabilities {
  const total = EMOTIONS.reduce((sum, e) => sum + Math.max(0, p[e]), 0);
  return Object.fromEntries(
    EMOTIONS.map((e) => [e, total > 0 ? Math.max(0, p[e]) / total : 1 / EMOTIONS.length]),
  ) as EmotionProbabilities;
}

export const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
