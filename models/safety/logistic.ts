import { softmax3 } from '../../core/text/crisis/index';
import { seededRandom, shuffledIndices } from '../tools/random';

/** A message as the model sees it: indices of its known features, each worth 1/sqrt(count). */
export interface SparseRow {
  features: number[];
  label: number;
  /** Loss weight on top of the class weight (default 1): ordinary negatives share one total. */
  weight?: number;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the biases). */
  l2: number;
  /** Loss weight of each class, so severe misses cost more than false alarms. */
  classWeights: [number, number, number];
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

export interface LogisticModel {
  /** weights[feature * 3 + class]. */
  weights: Float64Array;
  bias: [number, number, number];
}

export function predictProbabilities(model: LogisticModel, features: number[]) {
  const value = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
  const logits: [number, number, number] = [...model.bias];
  for (const i of features) {
    for (let c = 0; c < 3; c += 1) logits[c]! += model.weights[i * 3 + c]! * value;
  }
  return softmax3(logits);
}

/**
 * Multinomial logistic regression by mini-batch Adam over seeded shuffles: the same rows,
 * options and seed give the same weights on every machine (plain float64 arithmetic in a
 * fixed order).
 */
export function trainLogistic(
  rows: SparseRow[],
  featureCount: number,
  options: LogisticOptions,
): LogisticModel {
  const size = featureCount * 3 + 3;
  const params = new Float64Array(size);
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  const grad = new Float64Array(size);
  const random = seededRandom(options.seed);
  const [beta1, beta2, eps] = [0.9, 0.999, 1e-8];
  const rowWeight = (row: SparseRow) => options.classWeights[row.label]! * (row.weight ?? 1);
  const totalWeight = rows.reduce((sum, row) => sum + rowWeight(row), 0);
  const model = () => ({
    weights: params.subarray(0, featureCount * 3),
    bias: [params[size - 3]!, params[size - 2]!, params[size - 1]!] as [number, number, number],
  });
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    const order = shuffledIndices(rows.length, random);
    for (let start = 0; start < order.length; start += options.batchSize) {
      const batch = order.slice(start, start + options.batchSize);
      grad.fill(0);
      const current = model();
      // Scaled so a batch's loss is its share of the weighted mean over all rows.
      const share = rows.length / batch.length / totalWeight;
      for (const r of batch) {
        const row = rows[r]!;
        const p = predictProbabilities(current, row.features);
        const value = row.features.length > 0 ? 1 / Math.sqrt(row.features.length) : 0;
        const weight = rowWeight(row) * share;
        for (let c = 0; c < 3; c += 1) {
          const g = (p[c]! - (c === row.label ? 1 : 0)) * weight;
          grad[size - 3 + c]! += g;
          for (const i of row.features) grad[i * 3 + c]! += g * value;
        }
      }
      for (let i = 0; i < featureCount * 3; i += 1) grad[i]! += options.l2 * params[i]!;
      step += 1;
      const correction1 = 1 - beta1 ** step;
      const correction2 = 1 - beta2 ** step;
      for (let i = 0; i < size; i += 1) {
        m[i] = beta1 * m[i]! + (1 - beta1) * grad[i]!;
        v[i] = beta2 * v[i]! + (1 - beta2) * grad[i]! * grad[i]!;
        params[i]! -=
          (options.learningRate * (m[i]! / correction1)) / (Math.sqrt(v[i]! / correction2) + eps);
      }
    }
  }
  const result = model();
  return { weights: Float64Array.from(result.weights), bias: result.bias };
}
