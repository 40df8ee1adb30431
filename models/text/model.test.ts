import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Tokenizer } from '@huggingface/tokenizers';
import * as onnxProtoModule from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../core/emotions';
import { softmaxInPlace } from '../../workers/text/combine';
import { TEXT_MODEL_DIR } from './export';
import { quantizedLogits, type QuantizedTextModel } from './quantized-model';
import { classifyTexts, loadTextClassifier } from './pipeline';
import { encoder } from './tokenizer';

const { onnx } =
  (onnxProtoModule as unknown as { default?: typeof onnxProtoModule }).default ?? onnxProtoModule;

/** Reads the committed files back into the TypeScript reference model. */
function committedModel(): { model: QuantizedTextModel; encode: (text: string) => number[] } {
  const read = (name: string) => readFileSync(join(TEXT_MODEL_DIR, name));
  const config = JSON.parse(read('config.json').toString());
  const graph = onnx.ModelProto.decode(read('onnx/model.onnx')).graph!;
  const raw = (name: string) => {
    const bytes = graph.initializer!.find((t) => t.name === name)!.rawData!;
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  };
  const model: QuantizedTextModel = {
    space: { vocabulary: config.vocab_size, buckets: config.rivion.bigram_buckets },
    classes: EMOTIONS.length,
    table: new Int8Array(raw('table')),
    scale: new Float32Array(raw('scale'))[0]!,
    bias: new Float32Array(raw('bias')),
    poolPower: config.rivion.pool_power,
  };
  const tokenizer = new Tokenizer(
    JSON.parse(read('tokenizer.json').toString()),
    JSON.parse(read('tokenizer_config.json').toString()),
  );
  return { model, encode: encoder(tokenizer) };
}

const CLEAR: [string, (typeof EMOTIONS)[number]][] = [
  ['I am so happy today!', 'happy'],
  ['This is disgusting', 'disgusted'],
  ['I miss her so much, I cried all night', 'sad'],
  ['Wow, I did not expect that!', 'surprised'],
  ["I'm really scared about the surgery tomorrow", 'fearful'],
  ['Stop lying to me, I am so angry at you', 'angry'],
  ['The meeting is at 3pm.', 'neutral'],
];

describe('exported text model in transformers.js', async () => {
  const classifier = await loadTextClassifier();

  it('is under 5 MB as shipped', () => {
    const sizes = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'].map(
      (name) => readFileSync(join(TEXT_MODEL_DIR, name)).length,
    );
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(5 * 1024 * 1024);
  });

  it('labels clear sentences through the real pipeline', async () => {
    const probabilities = await classifyTexts(
      classifier,
      CLEAR.map(([text]) => text),
    );
    const predicted = probabilities.map((p) => EMOTIONS[p.indexOf(Math.max(...p))]);
    expect(predicted).toEqual(CLEAR.map(([, label]) => label));
  });

  it('gives the TypeScript forward pass probabilities, padded batch and empty text included', async () => {
    const { model, encode } = committedModel();
    const texts = [...CLEAR.map(([text]) => text), '', 'ok', 'unseenwordxyz qwertyzzz'];
    const fromPipeline = await classifyTexts(classifier, texts);
    texts.forEach((text, i) => {
      const expected = Array.from(quantizedLogits(model, encode(text)));
      softmaxInPlace(expected);
      expected.forEach((p, c) => expect(fromPipeline[i]![c]).toBeCloseTo(p, 5));
    });
  });
});
