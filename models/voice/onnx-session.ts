import { readFileSync } from 'node:fs';
import * as ort from 'onnxruntime-web';

// In Node onnxruntime-web runs its wasm backend from the package's own dist folder, single-threaded.
ort.env.wasm.wasmPaths = new URL(
  '../../node_modules/onnxruntime-web/dist/',
  import.meta.url,
).pathname;
ort.env.wasm.numThreads = 1;

export const VOICE_MODEL_PATH = new URL('./voice-emotion.onnx', import.meta.url).pathname;

/** Opens an ONNX file in onnxruntime-web under Node (tests, bench). */
export function openSession(path: string = VOICE_MODEL_PATH): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(readFileSync(path));
}

/** Runs rows of features through a session and returns one probability vector per row. */
export async function runProbabilities(
  session: ort.InferenceSession,
  rows: Float32Array[],
): Promise<Float32Array[]> {
  const width = rows[0]!.length;
  const input = new Float32Array(rows.length * width);
  rows.forEach((row, i) => input.set(row, i * width));
  const output = await session.run({
    features: new ort.Tensor('float32', input, [rows.length, width]),
  });
  const data = output.probabilities!.data as Float32Array;
  const classes = data.length / rows.length;
  return rows.map((_, i) => data.slice(i * classes, (i + 1) * classes));
}
