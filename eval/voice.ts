/** `eval voice`: EmoDB leave-one-speaker-out and RAVDESS cross-corpus, through the real feature and model code. */
import { EMOTIONS, type Emotion } from '../core/emotions';
import { classificationReport, type ClassificationReport } from './metrics';
import {
  DEFAULT_SPEECH_DIR,
  loadCorpus,
  normaliseBySpeaker,
  type Utterance,
} from '../models/voice/dataset';
import { fitVoiceModel } from '../models/voice/fit';
import { predictProbabilities, type LinearModel } from '../models/voice/softmax-regression';

export const DEFAULT_VOICE_DATA_DIR = DEFAULT_SPEECH_DIR;

/** The six classes EmoDB and RAVDESS share (EmoDB has no surprise, so the model never predicts it). */
export const SHARED_CLASSES: readonly Emotion[] = EMOTIONS.filter((e) => e !== 'surprised');

/**
 * Arousal groups. High: angry, happy, fearful, surprised — loud, fast, raised pitch in acted speech.
 * Low: neutral, sad, and disgusted. Disgust sits mid-arousal in Russell's circumplex, but spoken disgust
 * is slow and quiet (drawn-out, low-energy), and the EmoDB arousal benchmark (Schuller et al., 2009)
 * groups it with boredom, neutral and sadness; we follow that rather than choose after seeing results.
 */
export const HIGH_AROUSAL: ReadonlySet<Emotion> = new Set([
  'angry',
  'happy',
  'fearful',
  'surprised',
]);
const arousalOf = (label: Emotion) => (HIGH_AROUSAL.has(label) ? 'high' : 'low');

interface Scored {
  truth: Emotion[];
  predicted: Emotion[];
  truthArousal: string[];
  predictedArousal: string[];
}

/** Predicts among the shared classes and reads arousal as the probability mass on the high group. */
function score(
  model: LinearModel,
  utterances: Utterance[],
  normalised: Float32Array[],
  into: Scored,
): void {
  utterances.forEach((u, i) => {
    if (!SHARED_CLASSES.includes(u.label)) return;
    const p = predictProbabilities(model, normalised[i]!);
    let best = SHARED_CLASSES[0]!;
    let high = 0;
    for (const label of SHARED_CLASSES) {
      const probability = p[EMOTIONS.indexOf(label)]!;
      if (probability > p[EMOTIONS.indexOf(best)]!) best = label;
      if (HIGH_AROUSAL.has(label)) high += probability;
    }
    into.truth.push(u.label);
    into.predicted.push(best);
    into.truthArousal.push(arousalOf(u.label));
    into.predictedArousal.push(high >= 0.5 ? 'high' : 'low');
  });
}

const emptyScored = (): Scored => ({
  truth: [],
  predicted: [],
  truthArousal: [],
  predictedArousal: [],
});

function reports(scored: Scored): { emotion: ClassificationReport; arousal: ClassificationReport } {
  return {
    emotion: classificationReport(SHARED_CLASSES, scored.truth, scored.predicted),
    arousal: classificationReport(['high', 'low'], scored.truthArousal, scored.predictedArousal),
  };
}

export interface VoiceEvalReport {
  emodb_loso: {
    emotion: ClassificationReport;
    arousal: ClassificationReport;
    l2_per_fold: Record<string, number>;
    feature_set_per_fold: Record<string, string>;
  };
  ravdess_cross_corpus: {
    emotion: ClassificationReport;
    arousal: ClassificationReport;
    l2: number;
    feature_set: string;
  };
  notes: string[];
}

/**
 * Runs both protocols. Test speakers are centred on the mean of their own files, as the runtime
 * baseline centres a user, and scaled by the within-speaker spread the model was trained with.
 */
export async function evaluateVoice(
  dataDir: string = DEFAULT_VOICE_DATA_DIR,
): Promise<VoiceEvalReport> {
  const emodb = loadCorpus(dataDir, 'emodb');
  const ravdess = loadCorpus(dataDir, 'ravdess');

  const loso = emptyScored();
  const l2PerFold: Record<string, number> = {};
  const setPerFold: Record<string, string> = {};
  for (const speaker of [...new Set(emodb.map((u) => u.speaker))].sort()) {
    const test = emodb.filter((u) => u.speaker === speaker);
    const { model, l2, featureSet, scale } = fitVoiceModel(
      emodb.filter((u) => u.speaker !== speaker),
    );
    l2PerFold[speaker] = l2;
    setPerFold[speaker] = featureSet;
    score(model, test, normaliseBySpeaker(test, scale), loso);
  }

  const cross = emptyScored();
  const full = fitVoiceModel(emodb);
  score(full.model, ravdess, normaliseBySpeaker(ravdess, full.scale), cross);

  return {
    emodb_loso: { ...reports(loso), l2_per_fold: l2PerFold, feature_set_per_fold: setPerFold },
    ravdess_cross_corpus: { ...reports(cross), l2: full.l2, feature_set: full.featureSet },
    notes: [
      'Labels: the six shared classes; EmoDB has no surprise, so "surprised" is never predicted.',
      "RAVDESS surprised files count towards each actor's mean but are not scored.",
      'Input = (features - speaker mean) / within-speaker std of the EmoDB training speakers.',
      `High arousal = ${[...HIGH_AROUSAL].join(', ')}; low = the rest.`,
    ],
  };
}
