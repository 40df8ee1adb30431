/**
 * Classifier + rule-based evidence: combined logit_c = log p_c + a_c·v + b_c·|v| + e_c·none +
 * s_c·surprise + d_c, where v is scoreSentiment's valence (−1..+1), none = 1 when the message has
 * no emotional evidence (workers/text/evidence.ts) and surprise = 1 for a surprise cue. Then
 * abstention: a short message without evidence whose best emotion barely beats neutral reads
 * neutral. The weights and the abstention thresholds are fitted per model on GoEmotions dev by
 * models/text/fit-combination.ts; this half runs in the text worker, the eval and the bench alike.
 */
import { lacksEvidence, type MessageEvidence } from './evidence';

export interface CombinationWeights {
  /** Per class, in EMOTIONS order. */
  valence: number[];
  magnitude: number[];
  /** Absent in older files: read as 0. */
  noEvidence?: number[];
  surpriseCue?: number[];
  offset: number[];
  abstention?: AbstentionRule;
}

/** Neutral wins when: no evidence, at most `maxWords` words, top emotion − neutral < `margin`. */
export interface AbstentionRule {
  /** Valence below this (in absolute value) is too weak to count as evidence ("okay" = 0.25). */
  minValence: number;
  maxWords: number;
  margin: number;
}

const FLOOR = 1e-6;
const NEUTRAL = 4;
/** An abstained reading gives neutral twice the odds of the strongest emotion. */
const ABSTAIN_ODDS = Math.log(2);

export function softmaxInPlace(logits: Float32Array | number[]): void {
  let max = -Infinity;
  for (const z of logits) max = Math.max(max, z);
  let sum = 0;
  for (let c = 0; c < logits.length; c++) sum += logits[c] = Math.exp(logits[c]! - max);
  for (let c = 0; c < logits.length; c++) logits[c]! /= sum;
}

/** Combined logits before abstention (what the weights are fitted on). */
export function combinedLogits(
  probabilities: readonly number[],
  evidence: MessageEvidence,
  weights: CombinationWeights,
): number[] {
  const v = evidence.valence;
  const none = lacksEvidence(evidence, weights.abstention?.minValence ?? 0) ? 1 : 0;
  const surprise = evidence.surpriseCue ? 1 : 0;
  return probabilities.map(
    (p, c) =>
      Math.log(Math.max(p, FLOOR)) +
      weights.valence[c]! * v +
      weights.magnitude[c]! * Math.abs(v) +
      (weights.noEvidence?.[c] ?? 0) * none +
      (weights.surpriseCue?.[c] ?? 0) * surprise +
      weights.offset[c]!,
  );
}

/** Whether the rule turns this reading to neutral, given probabilities after combination. */
export function abstains(
  probabilities: readonly number[],
  evidence: MessageEvidence,
  rule: AbstentionRule | undefined,
): boolean {
  if (!rule || evidence.words > rule.maxWords || !lacksEvidence(evidence, rule.minValence)) {
    return false;
  }
  let emotion = 0;
  probabilities.forEach((p, c) => {
    if (c !== NEUTRAL) emotion = Math.max(emotion, p);
  });
  return emotion > probabilities[NEUTRAL]! && emotion - probabilities[NEUTRAL]! < rule.margin;
}

export function combineWithSentiment(
  probabilities: readonly number[],
  evidence: MessageEvidence,
  weights: CombinationWeights,
): number[] {
  const logits = combinedLogits(probabilities, evidence, weights);
  const combined = [...logits];
  softmaxInPlace(combined);
  if (!abstains(combined, evidence, weights.abstention)) return combined;
  const top = Math.max(...logits.filter((_, c) => c !== NEUTRAL));
  logits[NEUTRAL] = Math.max(logits[NEUTRAL]!, top) + ABSTAIN_ODDS;
  softmaxInPlace(logits);
  return logits;
}
