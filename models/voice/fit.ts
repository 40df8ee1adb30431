import { EMOTIONS } from '../../core/emotions.ts';
import { classIndex, normaliseBySpeaker, type Utterance } from './dataset.ts';
import { logits, trainSoftmaxRegression, type LinearModel } from './softmax-regression.ts';

/** L2 strengths tried by the inner cross-validation; chosen on training speakers only. */
export const L2_GRID = [0.003, 0.01, 0.03, 0.1, 0.3];

export interface FittedVoiceModel {
  model: LinearModel;
  l2: number;
  innerAccuracy: Record<string, number>;
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** Index of the most likely class. */
export function predictClass(model: LinearModel, x: Float32Array): number {
  return argmax(logits(model, x));
}

function accuracyLeavingSpeakersOut(
  x: Float32Array[],
  y: number[],
  speakers: string[],
  l2: number,
): number {
  let correct = 0;
  for (const held of new Set(speakers)) {
    const train = speakers.flatMap((s, i) => (s === held ? [] : [i]));
    const model = trainSoftmaxRegression(
      train.map((i) => x[i]!),
      train.map((i) => y[i]!),
      EMOTIONS.length,
      { l2 },
    );
    speakers.forEach((s, i) => {
      if (s === held && predictClass(model, x[i]!) === y[i]) correct++;
    });
  }
  return correct / x.length;
}

/**
 * The one training procedure (used by train.ts and by every eval fold): per-speaker z-scores, L2 picked
 * by leave-one-speaker-out over the given speakers only, then a fit on all of them.
 */
export function fitVoiceModel(utterances: Utterance[]): FittedVoiceModel {
  const x = normaliseBySpeaker(utterances);
  const y = utterances.map((u) => classIndex(u.label));
  const speakers = utterances.map((u) => u.speaker);
  const innerAccuracy: Record<string, number> = {};
  let best = { l2: L2_GRID[0]!, accuracy: -1 };
  for (const l2 of L2_GRID) {
    const accuracy = accuracyLeavingSpeakersOut(x, y, speakers, l2);
    innerAccuracy[String(l2)] = Math.round(accuracy * 1000) / 1000;
    if (accuracy > best.accuracy) best = { l2, accuracy };
  }
  const model = trainSoftmaxRegression(x, y, EMOTIONS.length, { l2: best.l2 });
  return { model, l2: best.l2, innerAccuracy };
}
