/** Classification metrics every eval command reports, in one shape. */

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassificationReport {
  n: number;
  accuracy: number;
  macro_f1: number;
  weighted_f1: number;
  per_class: Record<string, ClassMetrics>;
  /** confusion[truth][predicted] = count, rows and columns in `labels` order. */
  confusion: { labels: string[]; matrix: number[][] };
}

/** Three decimals: every number the evals print. */
export const round3 = (value: number) => Math.round(value * 1000) / 1000;
const round = round3;

/** Accuracy and macro-F1 alone, for ablation tables. */
export const headline = ({ accuracy, macro_f1 }: ClassificationReport) => ({ accuracy, macro_f1 });

/** Scores predictions against truth over a fixed label set (labels outside it are an error). */
export function classificationReport(
  labels: readonly string[],
  truth: readonly string[],
  predicted: readonly string[],
): ClassificationReport {
  if (truth.length !== predicted.length) throw new Error('truth and predictions differ in length');
  const index = new Map(labels.map((label, i) => [label, i]));
  const matrix = labels.map(() => labels.map(() => 0));
  truth.forEach((actual, i) => {
    const row = index.get(actual);
    const column = index.get(predicted[i]!);
    if (row === undefined || column === undefined) {
      throw new Error(`label outside the set: ${row === undefined ? actual : predicted[i]}`);
    }
    matrix[row]![column]! += 1;
  });

  const perClass: Record<string, ClassMetrics> = {};
  let correct = 0;
  let macro = 0;
  let weighted = 0;
  labels.forEach((label, i) => {
    const truePositives = matrix[i]![i]!;
    const support = matrix[i]!.reduce((sum, count) => sum + count, 0);
    const predictedCount = matrix.reduce((sum, row) => sum + row[i]!, 0);
    const precision = predictedCount ? truePositives / predictedCount : 0;
    const recall = support ? truePositives / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[label] = {
      precision: round(precision),
      recall: round(recall),
      f1: round(f1),
      support,
    };
    correct += truePositives;
    macro += f1;
    weighted += f1 * support;
  });

  const n = truth.length;
  return {
    n,
    accuracy: round(n ? correct / n : 0),
    macro_f1: round(macro / labels.length),
    weighted_f1: round(n ? weighted / n : 0),
    per_class: perClass,
    confusion: { labels: [...labels], matrix },
  };
}
