/**
 * fastText-style classifier: mean of embedding rows -> linear layer -> softmax, trained with plain
 * SGD and a linearly decaying learning rate as fastText does (sparse rows make Adam's per-row state
 * costly and buy little here). Deterministic for a given seed.
 */
import { softmaxInPlace } from '../../workers/text/combine';
import type { Subwords } from './subwords';
import { seededRandom } from '../tools/random';

export interface EmbeddingBagModel {
  rows: number;
  dim: number;
  classes: number;
  /** rows x dim */
  embedding: Float32Array;
  /** classes x dim */
  weight: Float32Array;
  bias: Float32Array;
}

export interface Example {
  rows: Int32Array;
  /** A probability over the classes: one-hot, or spread over a row's labels. */
  target: Float32Array;
}

export interface TrainOptions {
  dim: number;
  epochs: number;
  learningRate: number;
  seed: number;
  /** Pooling divides the row sum by count^poolPower: 1 = mean (fastText), 0.5 = less dilution in long messages. */
  poolPower: number;
  /** Word ids below `subwords.vocabulary` pool the mean of their subword rows instead of one row. */
  subwords?: Subwords;
}

export const poolDivisor = (count: number, poolPower: number) =>
  Math.pow(Math.max(1, count), poolPower);

/** Adds `weight` times the vector of feature row `row` (a word's subword mean, or the row itself). */
function addRow(
  model: EmbeddingBagModel,
  subwords: Subwords | undefined,
  row: number,
  weight: number,
  into: Float32Array,
) {
  const { dim, embedding } = model;
  if (!subwords || row >= subwords.vocabulary) {
    const offset = row * dim;
    for (let k = 0; k < dim; k++) into[k]! += weight * embedding[offset + k]!;
    return;
  }
  const from = subwords.start[row]!;
  const to = subwords.start[row + 1]!;
  const share = weight * subwords.share[row]!;
  for (let s = from; s < to; s++) {
    const offset = subwords.rows[s]! * dim;
    for (let k = 0; k < dim; k++) into[k]! += share * embedding[offset + k]!;
  }
}

/** The gradient step for one feature row: the row itself, or each of a word's subword rows. */
function scatterGradient(
  model: EmbeddingBagModel,
  subwords: Subwords | undefined,
  row: number,
  scale: number,
  gradient: Float32Array,
) {
  const { dim, embedding } = model;
  const single = !subwords || row >= subwords.vocabulary;
  const from = single ? 0 : subwords.start[row]!;
  const to = single ? 1 : subwords.start[row + 1]!;
  const share = single ? scale : scale * subwords.share[row]!;
  for (let s = from; s < to; s++) {
    const offset = (single ? row : subwords.rows[s]!) * dim;
    for (let k = 0; k < dim; k++) embedding[offset + k]! += share * gradient[k]!;
  }
}

function pool(
  model: EmbeddingBagModel,
  rows: Int32Array,
  poolPower: number,
  into: Float32Array,
  subwords?: Subwords,
) {
  into.fill(0);
  const weight = 1 / poolDivisor(rows.length, poolPower);
  for (const row of rows) addRow(model, subwords, row, weight, into);
}

function linear(model: EmbeddingBagModel, hidden: Float32Array, into: Float32Array): void {
  for (let c = 0; c < model.classes; c++) {
    let z = model.bias[c]!;
    for (let k = 0; k < model.dim; k++) z += model.weight[c * model.dim + k]! * hidden[k]!;
    into[c] = z;
  }
}

/** Class probabilities for one example's table rows. */
export function predictEmbeddingBag(
  model: EmbeddingBagModel,
  rows: Int32Array,
  poolPower: number,
): Float32Array {
  const hidden = new Float32Array(model.dim);
  const out = new Float32Array(model.classes);
  pool(model, rows, poolPower, hidden);
  linear(model, hidden, out);
  softmaxInPlace(out);
  return out;
}

export function trainEmbeddingBag(
  examples: readonly Example[],
  tableRows: number,
  classes: number,
  options: TrainOptions,
): EmbeddingBagModel {
  const { dim, epochs, learningRate, seed, poolPower, subwords } = options;
  const random = seededRandom(seed);
  const model: EmbeddingBagModel = {
    rows: tableRows,
    dim,
    classes,
    embedding: Float32Array.from({ length: tableRows * dim }, () => (random() * 2 - 1) / dim),
    weight: new Float32Array(classes * dim),
    bias: new Float32Array(classes),
  };
  const order = examples.map((_, i) => i);
  const hidden = new Float32Array(dim);
  const probabilities = new Float32Array(classes);
  const gradHidden = new Float32Array(dim);
  const totalSteps = epochs * examples.length;
  let step = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { rows, target } = examples[index]!;
      const lr = learningRate * (1 - step / totalSteps);
      step += 1;
      if (rows.length === 0) continue;
      pool(model, rows, poolPower, hidden, subwords);
      linear(model, hidden, probabilities);
      softmaxInPlace(probabilities);
      gradHidden.fill(0);
      for (let c = 0; c < classes; c++) {
        const g = probabilities[c]! - target[c]!;
        if (g === 0) continue;
        model.bias[c]! -= lr * g;
        for (let k = 0; k < dim; k++) {
          gradHidden[k]! += g * model.weight[c * dim + k]!;
          model.weight[c * dim + k]! -= lr * g * hidden[k]!;
        }
      }
      const scale = -lr / poolDivisor(rows.length, poolPower);
      for (const row of rows) scatterGradient(model, subwords, row, scale, gradHidden);
    }
  }
  return model;
}

/**
 * Folds the linear layer into the table: mean(E[rows]) · Wᵀ = mean((E·Wᵀ)[rows]), exact because
 * nothing non-linear sits between pooling and the layer. The table shrinks from `dim` to 7 columns.
 * With subwords, a word's row becomes its subword mean first, so only the first `rows` rows (words
 * and bigrams) are kept and the n-gram rows are dropped.
 */
export function foldLinearLayer(
  model: EmbeddingBagModel,
  subwords?: Subwords,
  rows: number = model.rows,
): Float32Array {
  const folded = new Float32Array(rows * model.classes);
  const vector = new Float32Array(model.dim);
  for (let r = 0; r < rows; r++) {
    vector.fill(0);
    addRow(model, subwords, r, 1, vector);
    for (let c = 0; c < model.classes; c++) {
      let z = 0;
      for (let k = 0; k < model.dim; k++) z += vector[k]! * model.weight[c * model.dim + k]!;
      folded[r * model.classes + c] = z;
    }
  }
  return folded;
}
