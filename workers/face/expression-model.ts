/** The appearance view: face-api's expression network as ONNX on onnxruntime-web (WASM). */
import * as ort from 'onnxruntime-web/wasm';
import { EMOTIONS, type Emotion } from '../../core/emotions.ts';
import layout from '../../models/face/face-expression.json';
import type { EmotionProbabilities } from '../shared/estimate.ts';
import { fetchModel } from '../shared/model-file.ts';
import { openOwnOriginSession } from '../shared/ort-session.ts';
import { CROP_SIZE } from './crop.ts';

/** The network's own class order, from the converter's sidecar. */
const MODEL_CLASSES = layout.classes as readonly Emotion[];

let session: Promise<ort.InferenceSession> | undefined;

async function create(url: string): Promise<ort.InferenceSession> {
  // One thread: MediaPipe runs on this worker's thread too, and a second ORT thread on a 2-core
  // machine only takes turns with it.
  return openOwnOriginSession(await fetchModel(url, 'face expression model'), { maxThreads: 1 });
}

export function load(url = '/models/face-expression.onnx'): Promise<ort.InferenceSession> {
  session ??= create(url).catch((error: unknown) => {
    session = undefined;
    throw error;
  });
  return session;
}

/** Mean probabilities over a batch of 112×112 RGB crops (e.g. a crop and its mirror image). */
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
