/**
 * The word-level tokenizer, written as a transformers.js `tokenizer.json` (WordPiece model whose
 * vocabulary holds whole words only, so a word is either known or [UNK]). Training encodes with the
 * same @huggingface/tokenizers code transformers.js runs, so train and worker tokens cannot drift.
 */
import { Tokenizer } from '@huggingface/tokenizers';

export const PAD = '[PAD]';
export const UNK = '[UNK]';
export const PAD_ID = 0;
export const UNK_ID = 1;
/** Longer messages are cut here by the pipeline (truncation: true); GoEmotions rows stay far below. */
export const MAX_TOKENS = 256;

// Curly quotes are folded so MELD's ’ and GoEmotions' ' give the same tokens.
const QUOTE_FOLDS: [string, string][] = [
  ['\u2019', "'"],
  ['\u2018', "'"],
  ['\u201c', '"'],
  ['\u201d', '"'],
];

const special = (id: number, content: string) => ({
  id,
  content,
  single_word: false,
  lstrip: false,
  rstrip: false,
  normalized: false,
  special: true,
});

/** tokenizer.json for a vocabulary whose first two entries are [PAD] and [UNK]. */
export function tokenizerJson(words: readonly string[]) {
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [special(PAD_ID, PAD), special(UNK_ID, UNK)],
    normalizer: {
      type: 'Sequence',
      normalizers: [
        ...QUOTE_FOLDS.map(([from, to]) => ({
          type: 'Replace',
          pattern: { String: from },
          content: to,
        })),
        {
          type: 'BertNormalizer',
          clean_text: true,
          handle_chinese_chars: true,
          strip_accents: null,
          lowercase: true,
        },
      ],
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: null,
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: UNK,
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries([PAD, UNK, ...words].map((word, id) => [word, id])),
    },
  };
}

export const TOKENIZER_CONFIG = {
  tokenizer_class: 'PreTrainedTokenizer',
  pad_token: PAD,
  unk_token: UNK,
  model_max_length: MAX_TOKENS,
  padding_side: 'right',
  clean_up_tokenization_spaces: true,
};

/** A tokenizer over the given words, the same class transformers.js builds from tokenizer.json. */
export function createTokenizer(words: readonly string[]): Tokenizer {
  return new Tokenizer(tokenizerJson(words), TOKENIZER_CONFIG);
}

/** Splits text into the normalised words the vocabulary is counted over. */
export function wordSplitter(): (text: string) => string[] {
  const tokenizer = createTokenizer([]);
  return (text) => tokenizer.pre_tokenizer!.pre_tokenize(tokenizer.normalizer!.normalize(text));
}

/** Words seen at least `minCount` times, most frequent first (ties alphabetical), at most `maxWords`. */
export function buildVocabulary(texts: readonly string[], minCount: number, maxWords: number) {
  const split = wordSplitter();
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of split(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts]
    .filter(([word, count]) => count >= minCount && word !== PAD && word !== UNK)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxWords)
    .map(([word]) => word);
}

/** Token ids exactly as the pipeline computes them (no special tokens, cut at MAX_TOKENS). */
export function encoder(tokenizer: Tokenizer): (text: string) => number[] {
  return (text) => tokenizer.encode(text).ids.slice(0, MAX_TOKENS);
}
