/**
 * The text emotion classifier in the worker: transformers.js' pipeline with no remote models, the
 * model folder from our origin (/models/text/<model>/) and onnxruntime-web's WASM from our origin
 * too (transformers.js would otherwise fetch both from CDNs).
 */
import { env, pipeline, type TextClassificationPipeline } from '@huggingface/transformers';
import { combineWithSentiment, type CombinationWeights } from './combine';
import { messageEvidence } from './evidence';
import { loadOnce } from '../shared/load-once';
import { fetchCheckedModel, fetchModel } from '../shared/model-file';
import {
  COMBINATION_FILE,
  TEXT_MODELS_URL,
  probabilitiesFromScores,
  type LabelScore,
  type TextModelConfig,
} from './model-config';

/** Copied out of transformers.js' own onnxruntime-web by the build (models/perception-runtimes-plugin.ts). */
const WASM_URL = '/models/ort-transformers/ort-wasm-simd-threaded.asyncify.wasm';

interface Classifier {
  config: TextModelConfig;
  pipe: TextClassificationPipeline;
  weights: CombinationWeights | undefined;
}

export type LoadProgress = (fraction: number, file: string) => void;

const absolute = (path: string) => new URL(path, self.location.href).href;

/**
 * The last model file refused by its checksum: transformers.js turns a failed fetch into "file not
 * found", so the real reason is kept here for the status sentence.
 */
let refused: Error | undefined;

async function fetchChecked(input: string | URL, init?: RequestInit): Promise<Response> {
  try {
    return await fetchCheckedModel(input, init, 'text model file');
  } catch (error) {
    refused = error instanceof Error ? error : new Error(String(error));
    throw error;
  }
}

function configureEnvironment(): void {
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  // A path, not an absolute URL: transformers.js skips its local-file check for http(s) URLs.
  env.localModelPath = TEXT_MODELS_URL;
  // The service worker already keeps /models/ for offline use; a second copy would only cost space.
  env.useBrowserCache = false;
  // Its WASM cache imports the runtime from a blob: URL, which our CSP (script-src 'self') refuses.
  env.useWasmCache = false;
  env.fetch = fetchChecked;
  const wasm = env.backends.onnx.wasm!;
  wasm.wasmPaths = { wasm: absolute(WASM_URL) };
  wasm.numThreads = self.crossOriginIsolated ? Math.min(2, navigator.hardwareConcurrency) : 1;
  wasm.proxy = false;
}

async function fetchWeights(config: TextModelConfig): Promise<CombinationWeights | undefined> {
  if (!config.combineWithSentiment) return undefined;
  const url = absolute(`${TEXT_MODELS_URL}${config.model}/${COMBINATION_FILE}`);
  const bytes = await fetchModel(url, `text model's ${COMBINATION_FILE}`);
  return JSON.parse(new TextDecoder().decode(bytes)) as CombinationWeights;
}

async function create(config: TextModelConfig, onProgress?: LoadProgress): Promise<Classifier> {
  configureEnvironment();
  refused = undefined;
  const pipe = (await pipeline('text-classification', config.model, {
    dtype: config.dtype,
    device: 'wasm',
    progress_callback: (info) => {
      if (info.status === 'progress') onProgress?.(info.progress / 100, info.file);
    },
  }).catch((error: unknown) => {
    if (refused) throw refused;
    throw new Error(
      `The text model "${config.model}" could not be loaded from ${TEXT_MODELS_URL} (${
        error instanceof Error ? error.message : String(error)
      }). Run "npm run models".`,
    );
  })) as TextClassificationPipeline;
  return { config, pipe, weights: await fetchWeights(config) };
}

const classifier = loadOnce(create);
export const load = classifier.load;

/** Probabilities over our 7 classes (EMOTIONS order), combined with the valence when the model wants it. */
export async function predict(text: string, valence: number): Promise<number[]> {
  const loaded = classifier.started();
  if (!loaded) throw new Error('The text model is not loaded.');
  const { config, pipe, weights } = await loaded;
  const scores = (await pipe(text, { top_k: null })) as unknown as LabelScore[];
  const probabilities = probabilitiesFromScores(scores, config);
  return weights
    ? combineWithSentiment(probabilities, messageEvidence(text, valence), weights)
    : probabilities;
}
