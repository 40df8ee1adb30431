/**
 * The sentence encoder in the text worker: USE lite (workers/text/sentence-encoder.ts) on tfjs'
 * WASM backend, and our heads on its 512-d vector. Every file comes from /models/ through
 * fetchModel (sha256 from models/manifest.json), the WASM too is ours (/models/tfjs/, never a CDN).
 * Only the WASM backend: tfjs' CPU backend runs this graph about 40× slower, so when WASM cannot
 * start the encoder is off with a sentence rather than slow.
 */
import * as tf from '@tensorflow/tfjs-core';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { SentenceHeadsFile } from '../../core/text/encoder/heads';
import { loadOnce } from '../shared/load-once';
import { fetchModel } from '../shared/model-file';
import { checkHeadsFile, encoderPart, type EncoderPart } from './encoder-reading';
import {
  createSentenceEncoder,
  type GraphModelJson,
  type SentenceEncoder,
} from './sentence-encoder';

export const ENCODER_URL = '/models/sentence-encoder/';
export const HEADS_FILE = 'sentence-heads.json';
/** Copied out of node_modules by `npm run models` (the `tfjs-wasm` runtime of the manifest). */
export const TFJS_WASM_URL = '/models/tfjs/';

export interface LoadedEncoder {
  encoder: SentenceEncoder;
  heads: SentenceHeadsFile;
}

const absolute = (path: string) => new URL(path, self.location.href).href;
const json = <T>(bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as T;
/** The bytes' own buffer when they fill it (fetchModel's do), so 28 MB of shards are not copied. */
const bufferOf = (bytes: Uint8Array) =>
  (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes.buffer
    : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as ArrayBuffer;

async function startWasm(): Promise<void> {
  // One thread: the page is not cross-origin isolated, and we ship no threaded build.
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setWasmPaths(absolute(TFJS_WASM_URL));
  // Skips tfjs' debug-time checks: about 7 % off each message, measured in Node.
  tf.enableProdMode();
  const started = await tf.setBackend('wasm').catch(() => false);
  if (!started || tf.getBackend() !== 'wasm') {
    throw new Error(
      `tfjs could not start WebAssembly from ${TFJS_WASM_URL}, and the encoder does not run without it`,
    );
  }
}

async function create(progress?: (fraction: number) => void): Promise<LoadedEncoder> {
  await startWasm();
  const file = (name: string, what: string) => fetchModel(absolute(ENCODER_URL + name), what);
  const model = json<GraphModelJson>(await file('model.json', 'sentence encoder graph'));
  const paths = model.weightsManifest[0]?.paths ?? [];
  let done = 0;
  const shards = await Promise.all(
    paths.map(async (path) => {
      const bytes = await file(path, `sentence encoder weights (${path})`);
      progress?.(++done / (paths.length + 2));
      return bufferOf(bytes);
    }),
  );
  const vocabulary = json<never>(await file('vocab.json', 'sentence encoder vocabulary'));
  const heads = checkHeadsFile(json(await file(HEADS_FILE, 'sentence encoder heads')));
  progress?.(1);
  return { encoder: await createSentenceEncoder({ model, shards, vocabulary }), heads };
}

const encoder = loadOnce(create);
export const load = encoder.load;

/** The encoder's reading of one message; throws when it was not loaded. */
export async function predict(text: string): Promise<EncoderPart> {
  const loaded = encoder.started();
  if (!loaded) throw new Error('The sentence encoder is not loaded.');
  const { encoder: model, heads } = await loaded;
  const [embedding] = await model.embed([text]);
  return encoderPart(heads, embedding!);
}
