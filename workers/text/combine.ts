/**
 * Classifier + rule-based valence: combined logit_c = log p_c + a_c·v + b_c·|v| + d_c, where v is
 * scoreSentiment's valence (−1..+1). The classifier knows emotion words from Reddit; the valence
 * rules add negation, contrast and sarcasm, and |v| near 0 is evidence for neutral. The weights are
 * fitted per model by models/text/combine.ts (`fitCombination`); this half runs in the text worker,
 * the eval and the bench alike.
 */

export interface CombinationWeights {
  /** Per class, in EMOTIONS order. */
  valence: number[];
  magnitude: number[];
  offset: number[];
}

const FLOOR = 1e-6;

export function softmaxInPlace(logits: Float32Array | number[]): void {
  let max = -Infinity;
  for (const z of logits) max = Math.max(max, z);
  let sum = 0;
  for (let c = 0; c < logits.length; c++) sum += logits[c] = Math.exp(logits[c]! - max);
  for (let c = 0; c < logits.length; c++) logits[c]! /= sum;
}

export function combineWithSentiment(
  probabilities: readonly number[],
  valence: number,
  weights: CombinationWeights,
): number[] {
  const logits = probabilities.map(
    (p, c) =>
      Math.log(Math.max(p, FLOOR)) +
      weights.valence[c]! * valence +
      weights.magnitude[c]! * Math.abs(valence) +
      weights.offset[c]!,
  );
  softmaxInPlace(logits);
  return logits;
}
