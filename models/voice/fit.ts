import { EMOTIONS } from '../../core/emotions';
import { classIndex, normaliseBySpeaker, withinSpeakerStd, type Utterance } from './dataset';
import { FEATURE_SETS } from './feature-sets';
import { logits, trainSoftmaxRegression, type LinearModel } from './softmax-regression';

/** L2 strengths tried by the inner cross-validation; chosen on training speakers only. */
export const L2_GRID = [0.003, 0.01, 0.03, 0.1, 0.3];

export interface FittedVoiceModel {
  /** Over all VOICE_FEATURE_NAMES; features outside the chosen set have zero weights. */
  model: LinearModel;
  l2: number;
  featureSet: string;
  /** Within-speaker std per feature: the model's input is (x - speaker mean) / scale. */
  scale: Float64Array;
  /** Inner leave-one-speaker-out accuracy per `set@l2`. */
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

const select = (x: Float32Array, set: readonly number[]) => Float32Array.from(set, (i) => x[i]!);

/** Trains on the features in `set` and widens the weights back to the full input (zeros elsewhere). */
function trainOnSet(
  utterances: Utterance[],
  set: readonly number[],
  l2: number,
): { model: LinearModel; scale: Float64Array } {
  const scale = withinSpeakerStd(utterances);
  const x = normaliseBySpeaker(utterances, scale).map((row) => select(row, set));
  const y = utterances.map((u) => classIndex(u.label));
  const narrow = trainSoftmaxRegression(x, y, EMOTIONS.length, { l2 });
  const width = utterances[0]!.features.length;
  const weights = new Float32Array(narrow.classes * width);
  for (let c = 0; c < narrow.classes; c++)
    set.forEach(
      (feature, j) => (weights[c * width + feature] = narrow.weights[c * set.length + j]!),
    );
  return { model: { ...narrow, features: width, weights }, scale };
}

/** Leave-one-speaker-out accuracy; each fold's scale comes from its training speakers only. */
function accuracyLeavingSpeakersOut(
  utterances: Utterance[],
  set: readonly number[],
  l2: number,
): number {
  let correct = 0;
  for (const held of new Set(utterances.map((u) => u.speaker))) {
    const test = utterances.filter((u) => u.speaker === held);
    const { model, scale } = trainOnSet(
      utterances.filter((u) => u.speaker !== held),
      set,
      l2,
    );
    normaliseBySpeaker(test, scale).forEach((x, i) => {
      if (predictClass(model, x) === classIndex(test[i]!.label)) correct++;
    });
  }
  return correct / utterances.length;
}

/**
 * The one training procedure (used by train.ts and by every eval fold): the feature set and L2 are
 * picked by leave-one-speaker-out over the given speakers only (a tie goes to the smaller set and the
 * larger L2), then the model is fitted on all of them with speaker-centred, within-speaker-scaled input.
 */
export function fitVoiceModel(utterances: Utterance[]): FittedVoiceModel {
  const innerAccuracy: Record<string, number> = {};
  let best = { featureSet: '', l2: 0, accuracy: -1 };
  for (const [featureSet, set] of Object.entries(FEATURE_SETS)) {
    // Strongest penalty first: a tie goes to the simpler model, as with the sets.
    for (const l2 of [...L2_GRID].reverse()) {
      const accuracy = accuracyLeavingSpeakersOut(utterances, set, l2);
      innerAccuracy[`${featureSet}@${l2}`] = Math.round(accuracy * 1000) / 1000;
      if (accuracy > best.accuracy) best = { featureSet, l2, accuracy };
    }
  }
  const { model, scale } = trainOnSet(utterances, FEATURE_SETS[best.featureSet]!, best.l2);
  return { model, l2: best.l2, featureSet: best.featureSet, scale, innerAccuracy };
}
