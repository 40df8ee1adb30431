/**
 * face-api's own FaceExpressionNet forward pass on tfjs's pure-JS CPU backend, as the reference the
 * converted ONNX model is checked against; its bundled tfjs also runs Human's TFJS emotion graph for
 * the mini-XCEPTION test. Node only; no tfjs-node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACE_API_MODEL_DIR } from './face-api-weights';

interface Tensor {
  dataSync(): Float32Array;
  dispose(): void;
}
export interface FaceApi {
  tf: {
    setPlatform(name: string, platform: object): void;
    setBackend(name: string): Promise<boolean>;
    tensor4d(values: Float32Array, shape: number[]): Tensor;
    io: {
      decodeWeights(buffer: ArrayBuffer, specs: unknown): unknown;
      fromMemory(artifacts: object): unknown;
    };
    loadGraphModel(handler: unknown): Promise<{ predict(input: Tensor): Tensor }>;
  };
  env: { monkeyPatch(env: object): void };
  FaceExpressionNet: new () => {
    loadFromWeightMap(map: unknown): void;
    forward(input: Tensor): Promise<Tensor>;
  };
}

/** Loads the browser bundle under Node: its Node platform needs tfjs-node, so pose as neither. */
async function importFaceApi(): Promise<FaceApi> {
  const versions = process.versions as Record<string, string | undefined>;
  const node = versions.node;
  delete versions.node;
  try {
    // @ts-expect-error the ESM bundle ships no types of its own at this path
    return (await import('@vladmandic/face-api/dist/face-api.esm.js')) as FaceApi;
  } finally {
    versions.node = node;
  }
}

export type ExpressionReference = (rgb112: Float32Array) => Promise<Float32Array>;

/** face-api's bundled tfjs on its pure-JS CPU backend, under Node (shared by both references). */
export async function loadCpuTfjs(): Promise<FaceApi> {
  const faceapi = await importFaceApi();
  const { tf } = faceapi;
  tf.setPlatform('rivion-node', {
    fetch: (url: string, init: RequestInit) => fetch(url, init),
    now: () => performance.now(),
    encode: (text: string) => new TextEncoder().encode(text),
    decode: (bytes: Uint8Array, encoding: string) => new TextDecoder(encoding).decode(bytes),
    isTypedArray: (a: unknown) => ArrayBuffer.isView(a) && !(a instanceof DataView),
    setTimeoutCustom: (f: () => void, ms: number) => setTimeout(f, ms),
  });
  await tf.setBackend('cpu');
  class Stub {}
  faceapi.env.monkeyPatch({
    Canvas: Stub,
    Image: Stub,
    ImageData: Stub,
    Video: Stub,
    createCanvasElement: () => new Stub(),
    createImageElement: () => new Stub(),
  });
  return faceapi;
}

export async function loadFaceApiReference(): Promise<ExpressionReference> {
  const faceapi = await loadCpuTfjs();
  const { tf } = faceapi;
  const manifest = JSON.parse(
    readFileSync(join(FACE_API_MODEL_DIR, 'face_expression_model-weights_manifest.json'), 'utf8'),
  ) as { weights: unknown }[];
  const bin = readFileSync(join(FACE_API_MODEL_DIR, 'face_expression_model.bin'));
  const net = new faceapi.FaceExpressionNet();
  net.loadFromWeightMap(tf.io.decodeWeights(new Uint8Array(bin).buffer, manifest[0]!.weights));
  return async (rgb112) => {
    const input = tf.tensor4d(rgb112, [1, 112, 112, 3]);
    const output = await net.forward(input);
    const probabilities = output.dataSync().slice();
    input.dispose();
    output.dispose();
    return probabilities;
  };
}
