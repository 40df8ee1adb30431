/**
 * Fits the weights of combineWithSentiment (workers/text/combine.ts, where the worker runs it): 21
 * weights, by L2-regularised multinomial logistic regression (full-batch gradient descent).
 */
import { combineWithSentiment, type CombinationWeights } from '../../workers/text/combine.ts';

export interface CombinationRow {
  probabilities: readonly number[];
  valence: number;
  label: number;
}

/** Deterministic: zero start, fixed step count; classes are balanced by inverse frequency. */
export function fitCombination(
  rows: readonly CombinationRow[],
  classes: number,
  { l2 = 0.01, steps = 400, learningRate = 0.5, balance = 0.5 } = {},
): CombinationWeights {
  const w: CombinationWeights = {
    valence: new Array<number>(classes).fill(0),
    magnitude: new Array<number>(classes).fill(0),
    offset: new Array<number>(classes).fill(0),
  };
  const counts = new Array<number>(classes).fill(0);
  for (const row of rows) counts[row.label]! += 1;
  // Balanced weights push towards macro-F1; the square root keeps weighted-F1 from collapsing.
  const classWeight = counts.map((n) => (n ? Math.pow(rows.length / (classes * n), balance) : 0));
  const totalWeight = rows.reduce((sum, row) => sum + classWeight[row.label]!, 0);
  for (let step = 0; step < steps; step++) {
    const grad = {
      valence: new Array<number>(classes).fill(0),
      magnitude: new Array<number>(classes).fill(0),
      offset: new Array<number>(classes).fill(0),
    };
    for (const row of rows) {
      const p = combineWithSentiment(row.probabilities, row.valence, w);
      const weight = classWeight[row.label]! / totalWeight;
      for (let c = 0; c < classes; c++) {
        const g = weight * (p[c]! - (c === row.label ? 1 : 0));
        grad.valence[c]! += g * row.valence;
        grad.magnitude[c]! += g * Math.abs(row.valence);
        grad.offset[c]! += g;
      }
    }
    for (const key of ['valence', 'magnitude'] as const) {
      w[key] = w[key].map((v, c) => v - learningRate * (grad[key][c]! + l2 * v));
    }
    w.offset = w.offset.map((v, c) => v - learningRate * grad.offset[c]!);
  }
  const round = (values: number[]) => values.map((v) => Math.round(v * 1e4) / 1e4);
  return { valence: round(w.valence), magnitude: round(w.magnitude), offset: round(w.offset) };
}
