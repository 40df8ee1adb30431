/**
 * fastText-style subwords for training: a word's vector is the mean of its own row and the rows
 * of its hashed character n-grams ("<happ", "ppy>", ...), so rare words share what their
 * relatives learnt ("hilariously" from "hilarious"). The n-gram rows exist only while training:
 * export folds each word's mean into its word row, so the shipped table and graph are unchanged.
 */

export interface SubwordOptions {
  /** Shortest and longest n-gram in characters, "<" and ">" word boundaries included. */
  minN: number;
  maxN: number;
  /** Hashed n-gram rows, placed after the exported rows; 0 turns subwords off. */
  buckets: number;
  /** A word's vector is the sum of its subword rows / count^power (1 = mean, 0 = sum). */
  power: number;
}

/** For each word id (< vocabulary), the table rows whose mean is its vector (CSR layout). */
export interface Subwords {
  vocabulary: number;
  /** Row lists of word id w: rows[start[w] .. start[w + 1]). */
  start: Int32Array;
  rows: Int32Array;
  /** Per word id: the weight of each of its rows (1 / count^power). */
  share: Float32Array;
}

/** FNV-1a over UTF-16 code units: fast, seedless and the same on every machine. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The character n-grams of a word with boundary marks; the whole word itself is left out. */
export function characterNgrams(word: string, minN: number, maxN: number): string[] {
  const chars = [...`<${word}>`];
  const grams: string[] = [];
  for (let n = minN; n <= maxN; n++) {
    for (let i = 0; i + n <= chars.length; i++) {
      if (n === chars.length) continue;
      grams.push(chars.slice(i, i + n).join(''));
    }
  }
  return grams;
}

/**
 * Row lists for the tokenizer vocabulary ([PAD], [UNK], then `words`): the word's own row first,
 * then its n-gram rows at `firstNgramRow + hash mod buckets`. Special tokens keep their own row only.
 */
export function buildSubwords(
  words: readonly string[],
  specialTokens: number,
  firstNgramRow: number,
  options: SubwordOptions,
): Subwords {
  const vocabulary = words.length + specialTokens;
  const start = new Int32Array(vocabulary + 1);
  const rows: number[] = [];
  for (let id = 0; id < vocabulary; id++) {
    start[id] = rows.length;
    rows.push(id);
    if (id < specialTokens || options.buckets === 0) continue;
    const word = words[id - specialTokens]!;
    const grams = new Set(characterNgrams(word, options.minN, options.maxN));
    for (const gram of grams) rows.push(firstNgramRow + (fnv1a(gram) % options.buckets));
  }
  start[vocabulary] = rows.length;
  const share = Float32Array.from({ length: vocabulary }, (_, id) =>
    Math.pow(start[id + 1]! - start[id]!, -options.power),
  );
  return { vocabulary, start, rows: Int32Array.from(rows), share };
}
