/**
 * Fuses the two views of the face inside the worker. The weights are fixed a priori (no face
 * training or dev split exists to fit them on, and the test sets may not be used): the appearance
 * network is the primary view, the blendshape rules a coarse prior that mostly sharpens clear
 * smiles and open-mouthed surprise.
 */
import { EMOTIONS, type Emotion } from '../../core/emotions';
import type { EmotionProbabilities } from '../shared/estimate';

export const FUSION_WEIGHTS = { appearance: 0.8, blendshapes: 0.2 } as const;

/**
 * The appearance view's two networks, averaged with equal weights fixed a priori: neither is known
 * to read webcam faces better, and no face dev split exists to learn otherwise.
 */
export const ENSEMBLE_WEIGHTS = { 'face-api': 0.5, 'mini-xception': 0.5 } as const;
export type AppearanceNetwork = keyof typeof ENSEMBLE_WEIGHTS;

/** Weighted mean of the networks that answered (the weights of the others are left out). */
export function ensembleAppearance(
  outputs: Partial<Record<AppearanceNetwork, EmotionProbabilities>>,
  weights: Record<AppearanceNetwork, number> = ENSEMBLE_WEIGHTS,
): EmotionProbabilities {
  const present = (Object.keys(weights) as AppearanceNetwork[]).filter((n) => outputs[n]);
  const total = present.reduce((sum, n) => sum + weights[n], 0);
  if (!present.length || total <= 0) throw new Error('no appearance network answered');
  return Object.fromEntries(
    EMOTIONS.map((e) => [
      e,
      present.reduce((sum, n) => sum + (weights[n] * outputs[n]![e]) / total, 0),
    ]),
  ) as EmotionProbabilities;
}

/** Weighted geometric pooling (a product of experts), renormalised. */
export function fuseEmotion(
  appearance: EmotionProbabilities,
  blendshapes: EmotionProbabilities | undefined,
  weights: { appearance: number; blendshapes: number } = FUSION_WEIGHTS,
): EmotionProbabilities {
  if (!blendshapes) return appearance;
  const floor = 1e-6;
  const log = EMOTIONS.map(
    (e) =>
      weights.appearance * Math.log(appearance[e] + floor) +
      weights.blendshapes * Math.log(blendshapes[e] + floor),
  );
  const top = Math.max(...log);
  const exp = log.map((l) => Math.exp(l - top));
  const total = exp.reduce((sum, v) => sum + v, 0);
  return Object.fromEntries(EMOTIONS.map((e, i) => [e, exp[i]! / total])) as EmotionProbabilities;
}

/** Russell's circumplex positions of the seven classes (valence, arousal in -1…1). */
const CIRCUMPLEX: Record<Emotion, [number, number]> = {
  angry: [-0.6, 0.7],
  disgusted: [-0.7, 0.3],
  fearful: [-0.6, 0.6],
  happy: [0.8, 0.5],
  neutral: [0, 0],
  sad: [-0.7, -0.4],
  surprised: [0.3, 0.8],
};

/** Probability-weighted position on the circumplex. */
export function valenceArousal(p: EmotionProbabilities): { valence: number; arousal: number } {
  let valence = 0;
  let arousal = 0;
  for (const e of EMOTIONS) {
    valence += p[e] * CIRCUMPLEX[e][0];
    arousal += p[e] * CIRCUMPLEX[e][1];
  }
  return { valence, arousal };
}

/** Maps a vector in another class order (e.g. face-api's) onto EMOTIONS. */
export function toProbabilities(
  values: ArrayLike<number>,
  order: readonly Emotion[],
): EmotionProbabilities {
  return Object.fromEntries(order.map((e, i) => [e, values[i] ?? 0])) as EmotionProbabilities;
}
