/**
 * Per-class logit offsets chosen on GoEmotions dev. Plain argmax favours joy and neutral (70 % of
 * the data); the targets are weighted-F1 and macro-F1, so the offsets maximise their mean.
 */
import { EMOTIONS } from '../../core/emotions';
import { classificationReport } from '../../eval/metrics';

const argmax = (values: ArrayLike<number>) => {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
};

/** Mean of weighted-F1 and macro-F1 when `offsets` are added to every row's logits. */
export function f1Objective(
  logits: readonly ArrayLike<number>[],
  labels: readonly number[],
  offsets: ArrayLike<number>,
): number {
  const predicted = logits.map(
    (row) => EMOTIONS[argmax(Array.from(row, (z, c) => z + offsets[c]!))]!,
  );
  const report = classificationReport(
    EMOTIONS,
    labels.map((l) => EMOTIONS[l]!),
    predicted,
  );
  return (report.weighted_f1 + report.macro_f1) / 2;
}

/** Coordinate ascent over a fixed grid, a few sweeps; deterministic. */
export function fitClassOffsets(
  logits: readonly ArrayLike<number>[],
  labels: readonly number[],
): { offsets: number[]; objective: number } {
  const offsets = EMOTIONS.map(() => 0);
  let best = f1Objective(logits, labels, offsets);
  for (let sweep = 0; sweep < 3; sweep++) {
    let improved = false;
    for (let c = 0; c < offsets.length; c++) {
      for (let step = -20; step <= 20; step++) {
        const candidate = [...offsets];
        candidate[c] = step / 10;
        const score = f1Objective(logits, labels, candidate);
        if (score > best + 1e-9) {
          best = score;
          offsets[c] = candidate[c]!;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return { offsets, objective: best };
}

export { argmax };
