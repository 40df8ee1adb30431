/**
 * Writes the classifier in the folder layout transformers.js loads: config.json (model_type "bert",
 * so AutoModelForSequenceClassification picks it up), tokenizer.json, tokenizer_config.json and
 * onnx/model.onnx. The graph is not a BERT: it is the embedding bag, with bigrams hashed in-graph.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EMOTIONS } from '../../core/emotions';
import {
  DATA_TYPE,
  floatTensor,
  floatValueInfo,
  int64Tensor,
  int64ValueInfo,
  int8Tensor,
  node,
  saveModel,
  type GraphParts,
} from '../tools/onnx';
import { BIGRAM_MULTIPLIER, tableRows } from './features';
import { writeJsonFile } from './json-file';
import type { QuantizedTextModel } from './quantized-model';
import { TOKENIZER_CONFIG, tokenizerJson } from './tokenizer';

export const TEXT_MODEL_NAME = 'rivion-text-emotion';
export const TEXT_MODELS_DIR = new URL('.', import.meta.url).pathname;
export const TEXT_MODEL_DIR = join(TEXT_MODELS_DIR, TEXT_MODEL_NAME);

/** Slice ends past any sequence length; ONNX clamps them. */
const TO_END = 1 << 30;

/** Table rows for `ids`, dequantised and zeroed where `mask` is 0, summed over the sequence. */
function pooledRows(prefix: string, ids: string, mask: string): GraphParts['nodes'] {
  return [
    node('Gather', ['table', ids], [`${prefix}_q`]),
    node('DequantizeLinear', [`${prefix}_q`, 'scale', 'zero_point'], [`${prefix}_rows`]),
    node('Unsqueeze', [mask, 'axis2'], [`${prefix}_mask3`]),
    node('Mul', [`${prefix}_rows`, `${prefix}_mask3`], [`${prefix}_masked`]),
    node('ReduceSum', [`${prefix}_masked`, 'axis1'], [`${prefix}_sum`], { keepdims: 0 }),
    node('ReduceSum', [mask, 'axis1'], [`${prefix}_count`], { keepdims: 1 }),
  ];
}

/** input_ids, attention_mask [batch, sequence] int64 -> logits [batch, 7]. */
export function textGraph(model: QuantizedTextModel): GraphParts {
  const { space } = model;
  return {
    name: 'rivion_text_emotion',
    docString:
      `Embedding bag over word ids and hashed adjacent-id bigrams (row = vocabulary + ` +
      `(left * ${BIGRAM_MULTIPLIER} + right) mod ${space.buckets}); sum / count^${model.poolPower} ` +
      `+ bias. Classes: ${EMOTIONS.join(', ')}.`,
    inputs: [
      int64ValueInfo('input_ids', ['batch', 'sequence']),
      int64ValueInfo('attention_mask', ['batch', 'sequence']),
    ],
    outputs: [floatValueInfo('logits', ['batch', model.classes])],
    initializers: [
      int8Tensor('table', [tableRows(space), model.classes], model.table),
      floatTensor('scale', [], [model.scale]),
      int8Tensor('zero_point', [], new Int8Array(1)),
      floatTensor('bias', [model.classes], model.bias),
      floatTensor('one', [], [1]),
      floatTensor('pool_power', [], [model.poolPower]),
      int64Tensor('axis1', [1], [1]),
      int64Tensor('axis2', [1], [2]),
      int64Tensor('start0', [1], [0]),
      int64Tensor('start1', [1], [1]),
      int64Tensor('end_last', [1], [-1]),
      int64Tensor('end_all', [1], [TO_END]),
      int64Tensor('multiplier', [], [BIGRAM_MULTIPLIER]),
      int64Tensor('buckets', [], [space.buckets]),
      int64Tensor('vocabulary', [], [space.vocabulary]),
    ],
    nodes: [
      node('Cast', ['attention_mask'], ['mask'], { to: DATA_TYPE.FLOAT }),
      ...pooledRows('unigram', 'input_ids', 'mask'),
      node('Slice', ['input_ids', 'start0', 'end_last', 'axis1'], ['left_ids']),
      node('Slice', ['input_ids', 'start1', 'end_all', 'axis1'], ['right_ids']),
      node('Mul', ['left_ids', 'multiplier'], ['left_scaled']),
      node('Add', ['left_scaled', 'right_ids'], ['pair_key']),
      node('Mod', ['pair_key', 'buckets'], ['pair_bucket'], { fmod: 0 }),
      node('Add', ['pair_bucket', 'vocabulary'], ['bigram_ids']),
      node('Slice', ['mask', 'start0', 'end_last', 'axis1'], ['left_mask']),
      node('Slice', ['mask', 'start1', 'end_all', 'axis1'], ['right_mask']),
      node('Mul', ['left_mask', 'right_mask'], ['bigram_mask']),
      ...pooledRows('bigram', 'bigram_ids', 'bigram_mask'),
      node('Add', ['unigram_sum', 'bigram_sum'], ['row_sum']),
      node('Add', ['unigram_count', 'bigram_count'], ['row_count']),
      node('Max', ['row_count', 'one'], ['row_count_safe']),
      node('Pow', ['row_count_safe', 'pool_power'], ['divisor']),
      node('Div', ['row_sum', 'divisor'], ['pooled']),
      node('Add', ['pooled', 'bias'], ['logits']),
    ],
  };
}

/** Writes the whole folder; returns the byte size of each file. */
export async function exportTextModel(
  model: QuantizedTextModel,
  words: readonly string[],
  training: Record<string, unknown>,
  dir: string = TEXT_MODEL_DIR,
): Promise<Record<string, number>> {
  mkdirSync(join(dir, 'onnx'), { recursive: true });
  const config = {
    model_type: 'bert',
    architectures: ['BertForSequenceClassification'],
    problem_type: 'single_label_classification',
    id2label: Object.fromEntries(EMOTIONS.map((label, i) => [String(i), label])),
    label2id: Object.fromEntries(EMOTIONS.map((label, i) => [label, i])),
    vocab_size: model.space.vocabulary,
    // Without this, transformers.js on the wasm device asks for onnx/model_quantized.onnx.
    'transformers.js_config': { dtype: 'fp32' },
    rivion: {
      architecture: 'hashed-bigram embedding bag, linear layer folded into an int8 table',
      bigram_buckets: model.space.buckets,
      bigram_multiplier: BIGRAM_MULTIPLIER,
      pool_power: model.poolPower,
      training,
    },
  };
  const files: Record<string, unknown> = {
    'config.json': config,
    'tokenizer.json': tokenizerJson(words),
    'tokenizer_config.json': TOKENIZER_CONFIG,
  };
  const sizes: Record<string, number> = {};
  for (const [name, content] of Object.entries(files)) {
    sizes[name] = await writeJsonFile(join(dir, name), content);
  }
  sizes['onnx/model.onnx'] = saveModel(join(dir, 'onnx', 'model.onnx'), textGraph(model));
  return sizes;
}
