/**
 * What our heads make of a sentence embedding: emotion over our 7 classes and a crisis level, both
 * linear softmax layers trained by models/encoder/train-heads.ts on the Universal Sentence
 * Encoder's 512-d vectors. The file is data (models/encoder/sentence-heads.json, served from
 * /models/ with its sha256); this half is pure so the worker, the eval and the tests share it.
 *
 * Emotion: the encoder's log-probabilities are added to the existing classifier's (combined with
 * the rules' sentiment) with weights and per-class offsets chosen on dev data.
 * Crisis: the encoder may raise the rules' level, never lower it.
 */
import { EMOTIONS } from '../../emotions';
import type { CrisisLevel } from '../crisis/index';

export interface LinearHead {
  classes: string[];
  /** Optional hidden layer (ReLU): one row of EMBEDDING_SIZE weights per unit. */
  hidden?: { weights: number[][]; bias: number[] };
  /** One row of weights per class, over the hidden units if there are any, else the embedding. */
  weights: number[][];
  bias: number[];
}

export interface SentenceHeadsFile {
  version: 1;
  /** The encoder the heads were trained on, `name@version`. */
  encoder: string;
  emotion: LinearHead;
  crisis: LinearHead & {
    /**
     * p(severe) at or above `severe` reads severe; p(elevated) + p(severe) at or above `elevated`
     * reads elevated; a message the detector already reads elevated becomes severe at p(severe) ≥
     * `upgrade` (lower: the detector has seen risk, the encoder judges how grave).
     */
    thresholds: { severe: number; elevated: number; upgrade?: number };
  };
  /** combined logit_c = classifier·log p_classifier,c + encoder·log p_encoder,c + offset_c */
  combination: { classifier: number; encoder: number; offset: number[] };
}

export const CRISIS_CLASSES = ['none', 'elevated', 'severe'] as const;
const FLOOR = 1e-6;

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exp = logits.map((z) => Math.exp(z - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

const affine = (weights: number[][], bias: number[], input: ArrayLike<number>) =>
  weights.map((row, c) => {
    let z = bias[c]!;
    for (let i = 0; i < row.length; i++) z += row[i]! * input[i]!;
    return z;
  });

export function headProbabilities(head: LinearHead, embedding: ArrayLike<number>): number[] {
  const input = head.hidden
    ? affine(head.hidden.weights, head.hidden.bias, embedding).map((z) => Math.max(0, z))
    : embedding;
  return softmax(affine(head.weights, head.bias, input));
}

/** The emotion reading with the encoder: classifier and encoder probabilities in EMOTIONS order. */
export function combineEmotion(
  classifier: readonly number[],
  encoder: readonly number[],
  combination: SentenceHeadsFile['combination'],
): number[] {
  return softmax(
    EMOTIONS.map(
      (_, c) =>
        combination.classifier * Math.log(Math.max(classifier[c]!, FLOOR)) +
        combination.encoder * Math.log(Math.max(encoder[c]!, FLOOR)) +
        combination.offset[c]!,
    ),
  );
}

/** The encoder's crisis level alone, from its probabilities in CRISIS_CLASSES order. */
export function encoderCrisisLevel(
  probabilities: readonly number[],
  thresholds: SentenceHeadsFile['crisis']['thresholds'],
): CrisisLevel {
  const [, elevated, severe] = probabilities as [number, number, number];
  if (severe >= thresholds.severe) return 'severe';
  if (elevated + severe >= thresholds.elevated) return 'elevated';
  return 'none';
}

const RANK: Record<CrisisLevel, number> = { none: 0, elevated: 1, severe: 2 };

/** The higher of two levels: the encoder can raise what the rules said, never lower it. */
export const higherLevel = (rules: CrisisLevel, encoder: CrisisLevel): CrisisLevel =>
  RANK[encoder] > RANK[rules] ? encoder : rules;

/** The detector's level (rules and classifier) as the encoder raises it. */
export function raisedLevel(
  detector: CrisisLevel,
  probabilities: readonly number[],
  thresholds: SentenceHeadsFile['crisis']['thresholds'],
): CrisisLevel {
  const raised = higherLevel(detector, encoderCrisisLevel(probabilities, thresholds));
  if (raised === 'elevated' && thresholds.upgrade !== undefined) {
    if (probabilities[2]! >= thresholds.upgrade) return 'severe';
  }
  return raised;
}
