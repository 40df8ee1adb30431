/** The appearance view: face-api's expression network as ONNX on onnxruntime-web (WASM). */
import * as ort from 'onnxruntime-web/wasm';
import { EMOTIONS, type Emotion } from '../../core/emotions.ts';
import layout from '../../models/face/face-expression.json';
import { CROP_SIZE } from './crop.ts';
import type { EmotionProbabilities } from './reading.ts';
import { fetchModel } from './model-file.ts';

/** The network's own class order, from the converter's sidecar. */
const MODEL_CLASSES = layout.classes as readonly Emotion[];

let session: Promise<ort.InferenceSession> | undefined;

async function create(url: string): Promise<ort.InferenceSession> {
  // From our own origin, never the CDN onnxruntime-web defaults to.
  ort.env.wasm.wasmPaths = {
    wasm: new URL('/models/ort/ort-wasm-simd-threaded.wasm', self.location.href).href,
  };
  // Threads need SharedArrayBuffer, which only a cross-origin-isolated page has.
  ort.env.wasm.numThreads = self.crossOriginIsolated
    ? Math.min(2, navigator.hardwareConcurrency)
    : 1;
  return ort.InferenceSession.create(await fetchModel(url, 'face expression model'), {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
  });
}

export function load(url = '/models/face-expression.onnx'): Promise<ort.InferenceSession> {
  session ??= create(url).catch((error: unknown) => {
    session = undefined;
    throw error;
  });
  return session;
}

/** Mean probabilities over a batch of 112×112 RGB crops (the crop and its mirror image). */
export async function predict(batch: Float32Array): Promise<EmotionProbabilities> {
  const model = await load();
  const n = batch.length / (CROP_SIZE * CROP_SIZE * 3);
  const input = new ort.Tensor('float32', batch, [n, CROP_SIZE, CROP_SIZE, 3]);
  const output = await model.run({ image: input });
  const data = output.probabilities!.data as Float32Array;
  const result = Object.fromEntries(EMOTIONS.map((e) => [e, 0])) as EmotionProbabilities;
  MODEL_CLASSES.forEach((emotion, c) => {
    for (let i = 0; i < n; i++) result[emotion] += data[i * MODEL_CLASSES.length + c]! / n;
  });
  input.dispose();
  output.probabilities!.dispose();
  return result;
}
