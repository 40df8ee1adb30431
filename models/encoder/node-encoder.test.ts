import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SentencePieceTokenizer } from '../../core/text/encoder/sentencepiece';
import { encodedText, MAX_ENCODED_CHARS } from '../../workers/text/sentence-encoder';
import { ENCODER_PACKAGE_DIR, loadNodeEncoder } from './node-encoder';

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i]!, 0);

describe('SentencePieceTokenizer', () => {
  const tokenizer = new SentencePieceTokenizer(
    JSON.parse(readFileSync(join(ENCODER_PACKAGE_DIR, 'vocab.json'), 'utf8')),
  );

  it('splits as the reference tokenizer does: known words whole, others into pieces', () => {
    expect(tokenizer.encode('I want to end my life')).toEqual([16, 142, 10, 324, 69, 229]);
    expect(tokenizer.encode("I don't want to live anymore")).toEqual([
      16, 101, 13, 17, 142, 10, 491, 2520,
    ]);
  });

  it('reads an unknown character as one unknown piece, and a run of them as one', () => {
    const ids = tokenizer.encode('ok 你好吗 ok');
    expect(ids.filter((id) => id === 0)).toHaveLength(1);
    expect(tokenizer.encode('')).toEqual([]);
  });
});

describe('the sentence encoder on tfjs WASM', () => {
  it('puts paraphrases of a wish to die close together and an idiom further away', async () => {
    const encoder = await loadNodeEncoder();
    const [wish, paraphrase, idiom] = await encoder.embed([
      'I want to end my life',
      "I don't want to live anymore",
      'this deadline is killing me',
    ]);
    expect(cosine(wish!, wish!)).toBeCloseTo(1, 4);
    expect(cosine(wish!, paraphrase!)).toBeGreaterThan(0.8);
    expect(cosine(wish!, idiom!)).toBeLessThan(0.6);
  });

  it('embeds a text the same alone or in a batch, and keeps an empty text in its place', async () => {
    const encoder = await loadNodeEncoder();
    const [alone] = await encoder.embed(['so tired of being ignored at work']);
    const batch = await encoder.embed(['', 'so tired of being ignored at work', '']);
    expect(batch).toHaveLength(3);
    expect(cosine(alone!, batch[1]!)).toBeCloseTo(1, 4);
  });

  it('reads the start and the end of a very long message, not all of it', async () => {
    const encoder = await loadNodeEncoder();
    const long = `${'the weather was fine and the bus was late. '.repeat(2500)}I want to end my life`;
    expect(encodedText(long).length).toBeLessThanOrEqual(MAX_ENCODED_CHARS + 3);
    expect(encodedText(long).endsWith('I want to end my life')).toBe(true);
    const [whole, clipped] = await encoder.embed([long, encodedText(long)]);
    expect(cosine(whole!, clipped!)).toBeCloseTo(1, 4);
  });
});
