/**
 * The text classifier through transformers.js' pipeline API, configured as the worker will be: no
 * remote models, a local model folder. In Node the session runs on onnxruntime-node (the browser
 * worker runs the same graph on onnxruntime-web's WASM backend).
 */
import { env, pipeline, type TextClassificationPipeline } from '@huggingface/transformers';
import {
  probabilitiesFromScores,
  textModelConfig,
  type LabelScore,
  type TextModelConfig,
} from '../../workers/text/model-config';
import { TEXT_MODELS_DIR } from './export';

export interface TextClassifier {
  config: TextModelConfig;
  pipe: TextClassificationPipeline;
}

/** Loads a configured model from a local folder (default: the models committed beside this file). */
export async function loadTextClassifier(
  config: TextModelConfig = textModelConfig(),
  modelsDir: string = TEXT_MODELS_DIR,
): Promise<TextClassifier> {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = modelsDir;
  const pipe = (await pipeline('text-classification', config.model, {
    dtype: config.dtype,
  })) as TextClassificationPipeline;
  return { config, pipe };
}

/** Probabilities over our 7 classes (EMOTIONS order) for each text, via the model's label map. */
export async function classifyTexts(
  classifier: TextClassifier,
  texts: string[],
): Promise<number[][]> {
  const output = (await classifier.pipe(texts, { top_k: null })) as unknown as LabelScore[][];
  return output.map((scores) => probabilitiesFromScores(scores, classifier.config));
}
