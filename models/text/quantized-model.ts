/**
 * The shipped form of the classifier: a folded table of per-row logit contributions in int8 with
 * one scale, plus the bias. This TypeScript forward pass is the reference the ONNX graph must match.
 */
import { poolDivisor } from './embedding-bag';
import { featureRows, type FeatureSpace } from './features';

export interface QuantizedTextModel {
  space: FeatureSpace;
  classes: number;
  /** (vocabulary + buckets) x classes, row-major. */
  table: Int8Array;
  /** value = int8 * scale (symmetric, zero point 0). */
  scale: number;
  bias: Float32Array;
  poolPower: number;
}

/** Symmetric per-tensor int8: the 7 columns share one range, so one scale loses little. */
export function quantizeTable(
  space: FeatureSpace,
  folded: Float32Array,
  bias: ArrayLike<number>,
  poolPower: number,
): QuantizedTextModel {
  let maxAbs = 0;
  for (const v of folded) maxAbs = Math.max(maxAbs, Math.abs(v));
  const scale = maxAbs / 127 || 1;
  const table = Int8Array.from(folded, (v) => Math.max(-127, Math.min(127, Math.round(v / scale))));
  return {
    space,
    classes: bias.length,
    table,
    scale: Math.fround(scale),
    bias: Float32Array.from(bias),
    poolPower,
  };
}

/** Logits for one message's token ids: mean of the dequantised rows, plus the bias. */
export function quantizedLogits(model: QuantizedTextModel, ids: readonly number[]): Float64Array {
  const rows = featureRows(model.space, ids);
  const logits = new Float64Array(model.classes);
  for (const row of rows) {
    for (let c = 0; c < model.classes; c++) {
      logits[c]! += model.table[row * model.classes + c]! * model.scale;
    }
  }
  const count = poolDivisor(rows.length, model.poolPower);
  for (let c = 0; c < model.classes; c++) logits[c] = logits[c]! / count + model.bias[c]!;
  return logits;
}
