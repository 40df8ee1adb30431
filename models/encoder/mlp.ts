/**
 * A one-hidden-layer network on fixed embeddings (ReLU, softmax out): the same soft targets, row
 * weights and L2 as softmax-regression.ts, minibatch Adam, seeded initialisation and shuffling.
 * Plain loops over Float32Arrays: a 512×64 layer trains on 45,000 rows in seconds per epoch.
 */
import type { LinearHead } from '../../core/text/encoder/heads';
import { seededRandom, shuffledIndices } from '../tools/random';
import type { SoftmaxSettings, TrainingRow } from './softmax-regression';

export interface MlpSettings extends SoftmaxSettings {
  hidden: number;
}

class Adam {
  private readonly m: Float32Array;
  private readonly v: Float32Array;
  constructor(size: number) {
    this.m = new Float32Array(size);
    this.v = new Float32Array(size);
  }
  step(param: Float32Array, grad: Float32Array, lr: number) {
    for (let i = 0; i < param.length; i++) {
      const g = grad[i]!;
      this.m[i] = 0.9 * this.m[i]! + 0.1 * g;
      this.v[i] = 0.999 * this.v[i]! + 0.001 * g * g;
      param[i]! -= (lr * this.m[i]!) / (Math.sqrt(this.v[i]!) + 1e-8);
    }
  }
}

export function fitMlp(
  rows: readonly TrainingRow[],
  classes: readonly string[],
  settings: MlpSettings,
): LinearHead {
  const k = classes.length;
  const d = rows[0]!.x.length;
  const h = settings.hidden;
  const random = seededRandom(settings.seed);
  const gaussian = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  // w1[j * d + i]: input i to hidden j; w2[c * h + j]: hidden j to class c.
  const w1 = Float32Array.from({ length: h * d }, () => gaussian() * Math.sqrt(2 / d));
  const b1 = new Float32Array(h);
  const w2 = Float32Array.from({ length: k * h }, () => gaussian() * Math.sqrt(1 / h));
  const b2 = new Float32Array(k);
  const [g1, gb1, g2, gb2] = [w1, b1, w2, b2].map((p) => new Float32Array(p.length)) as [
    Float32Array,
    Float32Array,
    Float32Array,
    Float32Array,
  ];
  const adams = [w1, b1, w2, b2].map((p) => new Adam(p.length));
  const meanWeight = rows.reduce((sum, row) => sum + row.weight, 0) / rows.length;
  const a = new Float32Array(h);
  const z = new Float64Array(k);
  const da = new Float32Array(h);
  let step = 0;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const order = shuffledIndices(rows.length, random);
    for (let start = 0; start < order.length; start += settings.batchSize) {
      const batch = order.slice(start, start + settings.batchSize);
      g1.fill(0);
      gb1.fill(0);
      g2.fill(0);
      gb2.fill(0);
      for (const r of batch) {
        const { x, target, weight } = rows[r]!;
        for (let j = 0; j < h; j++) {
          let s = b1[j]!;
          const off = j * d;
          for (let i = 0; i < d; i++) s += w1[off + i]! * x[i]!;
          a[j] = s > 0 ? s : 0;
        }
        let max = -Infinity;
        for (let c = 0; c < k; c++) {
          let s = b2[c]!;
          const off = c * h;
          for (let j = 0; j < h; j++) s += w2[off + j]! * a[j]!;
          z[c] = s;
          max = Math.max(max, s);
        }
        let sum = 0;
        for (let c = 0; c < k; c++) sum += z[c] = Math.exp(z[c]! - max);
        da.fill(0);
        const scale = weight / (meanWeight * batch.length);
        for (let c = 0; c < k; c++) {
          const e = (z[c]! / sum - target[c]!) * scale;
          gb2[c]! += e;
          const off = c * h;
          for (let j = 0; j < h; j++) {
            g2[off + j]! += e * a[j]!;
            da[j]! += e * w2[off + j]!;
          }
        }
        for (let j = 0; j < h; j++) {
          if (a[j]! <= 0) continue;
          const e = da[j]!;
          gb1[j]! += e;
          const off = j * d;
          for (let i = 0; i < d; i++) g1[off + i]! += e * x[i]!;
        }
      }
      for (let i = 0; i < w1.length; i++) g1[i]! += settings.l2 * w1[i]!;
      for (let i = 0; i < w2.length; i++) g2[i]! += settings.l2 * w2[i]!;
      step++;
      const lr = (settings.learningRate * Math.sqrt(1 - 0.999 ** step)) / (1 - 0.9 ** step);
      adams[0]!.step(w1, g1, lr);
      adams[1]!.step(b1, gb1, lr);
      adams[2]!.step(w2, g2, lr);
      adams[3]!.step(b2, gb2, lr);
    }
  }
  const round = (x: number) => Math.round(x * 1e5) / 1e5;
  return {
    classes: [...classes],
    hidden: {
      weights: Array.from({ length: h }, (_, j) =>
        Array.from(w1.subarray(j * d, (j + 1) * d), round),
      ),
      bias: Array.from(b1, round),
    },
    weights: Array.from({ length: k }, (_, c) =>
      Array.from(w2.subarray(c * h, (c + 1) * h), round),
    ),
    bias: Array.from(b2, round),
  };
}
