/**
 * Multinomial logistic regression on fixed embeddings: soft targets (a multi-label row spreads its
 * mass over its labels), a weight per row, L2 on the weights, minibatch Adam, seeded shuffling.
 * The same data and settings give the same weights.
 */
import { seededRandom, shuffledIndices } from '../tools/random';
import { softmax, type LinearHead } from '../../core/text/encoder/heads';
import { fitMlp } from './mlp';

export interface TrainingRow {
  x: Float32Array;
  /** Target distribution over the classes (sums to 1). */
  target: readonly number[];
  weight: number;
}

export interface SoftmaxSettings {
  l2: number;
  epochs: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

export function fitSoftmax(
  rows: readonly TrainingRow[],
  classes: readonly string[],
  settings: SoftmaxSettings,
): LinearHead {
  const k = classes.length;
  const d = rows[0]!.x.length;
  const w = Array.from({ length: k }, () => new Float64Array(d));
  const b = new Float64Array(k);
  const m = Array.from({ length: k }, () => new Float64Array(d + 1));
  const v = Array.from({ length: k }, () => new Float64Array(d + 1));
  const grad = Array.from({ length: k }, () => new Float64Array(d + 1));
  const random = seededRandom(settings.seed);
  const totalWeight = rows.reduce((sum, row) => sum + row.weight, 0);
  const [beta1, beta2, epsilon] = [0.9, 0.999, 1e-8];
  let step = 0;
  const logits = new Float64Array(k);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const order = shuffledIndices(rows.length, random);
    for (let start = 0; start < order.length; start += settings.batchSize) {
      const batch = order.slice(start, start + settings.batchSize);
      for (const g of grad) g.fill(0);
      let batchWeight = 0;
      for (const i of batch) {
        const { x, target, weight } = rows[i]!;
        batchWeight += weight;
        for (let c = 0; c < k; c++) {
          let z = b[c]!;
          const wc = w[c]!;
          for (let j = 0; j < d; j++) z += wc[j]! * x[j]!;
          logits[c] = z;
        }
        const p = softmax(Array.from(logits));
        for (let c = 0; c < k; c++) {
          const error = (p[c]! - target[c]!) * weight;
          if (error === 0) continue;
          const gc = grad[c]!;
          for (let j = 0; j < d; j++) gc[j]! += error * x[j]!;
          gc[d]! += error;
        }
      }
      // Mean over the data's total weight, so the L2 term means the same at any batch size.
      const scale = rows.length / (totalWeight * batch.length);
      step++;
      const lr = (settings.learningRate * Math.sqrt(1 - beta2 ** step)) / (1 - beta1 ** step);
      for (let c = 0; c < k; c++) {
        const wc = w[c]!;
        for (let j = 0; j <= d; j++) {
          const g =
            grad[c]![j]! * scale * (batchWeight > 0 ? 1 : 0) + (j < d ? settings.l2 * wc[j]! : 0);
          m[c]![j] = beta1 * m[c]![j]! + (1 - beta1) * g;
          v[c]![j] = beta2 * v[c]![j]! + (1 - beta2) * g * g;
          const delta = (lr * m[c]![j]!) / (Math.sqrt(v[c]![j]!) + epsilon);
          if (j < d) wc[j]! -= delta;
          else b[c]! -= delta;
        }
      }
    }
  }
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return {
    classes: [...classes],
    weights: w.map((row) => Array.from(row, round)),
    bias: Array.from(b, round),
  };
}

/** A linear head, or a one-hidden-layer one when the settings name a hidden size. */
export function fitHead(
  rows: readonly TrainingRow[],
  classes: readonly string[],
  settings: SoftmaxSettings & { hidden?: number },
): LinearHead {
  if (!settings.hidden) return fitSoftmax(rows, classes, settings);
  return fitMlp(rows, classes, { ...settings, hidden: settings.hidden });
}
