/** Multinomial logistic regression with L2, trained full-batch with Adam; deterministic (zero init). */

export interface LinearModel {
  classes: number;
  features: number;
  /** Row-major [classes][features]. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface TrainOptions {
  l2: number;
  epochs?: number;
  learningRate?: number;
}

/** Logit given to classes with no training examples (EmoDB has no surprise): probability ~1e-13. */
export const ABSENT_CLASS_LOGIT = -30;

export function softmax(logits: Float32Array): Float32Array {
  const max = Math.max(...logits);
  const exp = logits.map((value) => Math.exp(value - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((value) => value / sum);
}

export function logits(model: LinearModel, x: Float32Array): Float32Array {
  const out = new Float32Array(model.classes);
  for (let c = 0; c < model.classes; c++) {
    let sum = model.bias[c]!;
    const row = c * model.features;
    for (let f = 0; f < model.features; f++) sum += model.weights[row + f]! * x[f]!;
    out[c] = sum;
  }
  return out;
}

export const predictProbabilities = (model: LinearModel, x: Float32Array) =>
  softmax(logits(model, x));

/** Fits weights minimising mean cross-entropy + l2/2 * |W|^2 (the bias is not penalised). */
export function trainSoftmaxRegression(
  x: Float32Array[],
  y: number[],
  classes: number,
  { l2, epochs = 300, learningRate = 0.05 }: TrainOptions,
): LinearModel {
  const features = x[0]!.length;
  const present = Array.from({ length: classes }, (_, c) => y.includes(c));
  const model: LinearModel = {
    classes,
    features,
    weights: new Float32Array(classes * features),
    bias: new Float32Array(classes).map((_, c) => (present[c] ? 0 : ABSENT_CLASS_LOGIT)),
  };
  const parameters = (features + 1) * classes;
  const gradient = new Float64Array(parameters);
  const m = new Float64Array(parameters);
  const v = new Float64Array(parameters);
  const [beta1, beta2] = [0.9, 0.999];

  for (let epoch = 1; epoch <= epochs; epoch++) {
    gradient.fill(0);
    const scores = new Float64Array(classes);
    x.forEach((row, n) => {
      // Inline softmax: this loop is the whole training cost, so no allocation per row.
      let max = -Infinity;
      for (let c = 0; c < classes; c++) {
        let sum = model.bias[c]!;
        if (present[c])
          for (let f = 0; f < features; f++) sum += model.weights[c * features + f]! * row[f]!;
        scores[c] = sum;
        max = Math.max(max, sum);
      }
      let total = 0;
      for (let c = 0; c < classes; c++) total += scores[c] = Math.exp(scores[c]! - max);
      for (let c = 0; c < classes; c++) {
        if (!present[c]) continue;
        const error = (scores[c]! / total - (y[n] === c ? 1 : 0)) / x.length;
        for (let f = 0; f < features; f++) gradient[c * features + f]! += error * row[f]!;
        gradient[classes * features + c]! += error;
      }
    });
    for (let i = 0; i < classes * features; i++) gradient[i]! += l2 * model.weights[i]!;
    for (let i = 0; i < parameters; i++) {
      const isBias = i >= classes * features;
      if (!present[isBias ? i - classes * features : Math.floor(i / features)]) continue;
      m[i] = beta1 * m[i]! + (1 - beta1) * gradient[i]!;
      v[i] = beta2 * v[i]! + (1 - beta2) * gradient[i]! ** 2;
      const step =
        (learningRate * (m[i]! / (1 - beta1 ** epoch))) /
        (Math.sqrt(v[i]! / (1 - beta2 ** epoch)) + 1e-8);
      if (isBias) model.bias[i - classes * features]! -= step;
      else model.weights[i]! -= step;
    }
  }
  return model;
}
