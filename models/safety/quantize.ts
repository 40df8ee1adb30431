import type { CrisisClassifierFile } from '../../core/text/crisis/index';
import type { FittedModel } from './fit';

/**
 * int8-range weights with one scale: a quarter of the float JSON, and the rounding error
 * (at most scale/2 per weight) is far below what moves a probability across a threshold.
 * Every feature is kept, even one whose weights all round to 0, because the row's length
 * normalisation counts the known features.
 */
export function quantize(
  fitted: FittedModel,
): Pick<CrisisClassifierFile, 'scale' | 'bias' | 'rows'> {
  let largest = 0;
  for (const w of fitted.model.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest / 127 || 1;
  const rows: CrisisClassifierFile['rows'] = [];
  fitted.vocabulary.forEach((feature, i) => {
    const q = [0, 1, 2].map((c) => Math.round(fitted.model.weights[i * 3 + c]! / scale));
    rows.push([feature, q[0]!, q[1]!, q[2]!]);
  });
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return {
    scale,
    bias: fitted.model.bias.map(round) as [number, number, number],
    rows,
  };
}
