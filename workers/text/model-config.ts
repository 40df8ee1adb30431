/**
 * Which text-emotion model the text worker loads through transformers.js. The worker reads one
 * setting, the model name (e.g. VITE_TEXT_MODEL), and looks it up here; switching to a downloaded
 * transformer is a different name, not a code change.
 */
import { EMOTIONS, type Emotion } from '../../core/emotions';

export interface TextModelConfig {
  /** Folder under the local model path (transformers.js' model id with allowRemoteModels = false). */
  model: string;
  /** transformers.js dtype: 'fp32' loads onnx/model.onnx, 'q8' onnx/model_quantized.onnx. */
  dtype: 'fp32' | 'q8';
  /** The model's id2label names -> our classes; labels not listed are dropped and the rest renormalised. */
  labels: Readonly<Record<string, Emotion>>;
  /** Combine with the rule-based valence using weights fitted for this model (models/text/combine.ts). */
  combineWithSentiment: boolean;
}

const EKMAN_TO_OURS: Readonly<Record<string, Emotion>> = {
  anger: 'angry',
  disgust: 'disgusted',
  fear: 'fearful',
  joy: 'happy',
  neutral: 'neutral',
  sadness: 'sad',
  surprise: 'surprised',
};

export const TEXT_MODELS = {
  /** Default: our GoEmotions embedding bag (2.7 MB, models/text/rivion-text-emotion). */
  'rivion-text-emotion': {
    model: 'rivion-text-emotion',
    dtype: 'fp32',
    labels: {
      angry: 'angry',
      disgusted: 'disgusted',
      fearful: 'fearful',
      happy: 'happy',
      neutral: 'neutral',
      sad: 'sad',
      surprised: 'surprised',
    },
    combineWithSentiment: true,
  },
  /**
   * An ONNX export of j-hartmann/emotion-english-distilroberta-base in transformers.js layout
   * (onnx/model_quantized.onnx, ~83 MB), placed in the local model folder by the model provisioning.
   */
  'emotion-english-distilroberta-base': {
    model: 'emotion-english-distilroberta-base',
    dtype: 'q8',
    labels: EKMAN_TO_OURS,
    combineWithSentiment: false,
  },
} as const satisfies Record<string, TextModelConfig>;

export type TextModelName = keyof typeof TEXT_MODELS;
export const DEFAULT_TEXT_MODEL: TextModelName = 'rivion-text-emotion';

/** The configured model; an unknown or empty name falls back to the default. */
export function textModelConfig(name?: string): TextModelConfig {
  return name && name in TEXT_MODELS
    ? TEXT_MODELS[name as TextModelName]
    : TEXT_MODELS[DEFAULT_TEXT_MODEL];
}

/** Where `npm run models` puts the text models: transformers.js' local model path in the browser. */
export const TEXT_MODELS_URL = '/models/text/';

/** The combination weights fitted for a model, in its folder (models/text/fit-combination.ts). */
export const COMBINATION_FILE = 'sentiment-combination.json';

export interface LabelScore {
  label: string;
  score: number;
}

/** A pipeline's scores over the model's labels -> probabilities over our 7 classes (EMOTIONS order). */
export function probabilitiesFromScores(
  scores: readonly LabelScore[],
  config: TextModelConfig,
): number[] {
  const probabilities = EMOTIONS.map(() => 0);
  for (const { label, score } of scores) {
    const emotion = config.labels[label];
    if (emotion) probabilities[EMOTIONS.indexOf(emotion)]! += score;
  }
  const total = probabilities.reduce((sum, p) => sum + p, 0) || 1;
  return probabilities.map((p) => p / total);
}
