/** GoEmotions-Ekman train/dev prepared for training: vocabulary, tokenizer and table rows per message. */
import { EMOTIONS } from '../../core/emotions';
import { goEmotionsPath, readGoEmotions, type LabelledText } from './datasets';
import type { Example } from './embedding-bag';
import { featureRows, type FeatureSpace } from './features';
import { buildVocabulary, createTokenizer, encoder } from './tokenizer';

export interface CorpusOptions {
  minCount: number;
  maxWords: number;
  buckets: number;
  /**
   * 'drop': train on single-label rows only (the test protocol scores only those);
   * 'spread': keep multi-label rows with the target split evenly over their labels.
   */
  multiLabel: 'drop' | 'spread';
}

export interface PreparedCorpus {
  words: string[];
  space: FeatureSpace;
  train: Example[];
  /** Dev rows with one label, for model selection and calibration. */
  dev: { ids: number[]; rows: Int32Array; label: number }[];
}

function target(row: LabelledText): Float32Array {
  const out = new Float32Array(EMOTIONS.length);
  for (const label of row.labels) out[EMOTIONS.indexOf(label)]! += 1 / row.labels.length;
  return out;
}

export function prepareCorpus(options: CorpusOptions, dataDir?: string): PreparedCorpus {
  const trainRows = readGoEmotions(goEmotionsPath('train', dataDir));
  const kept =
    options.multiLabel === 'drop' ? trainRows.filter((r) => r.labels.length === 1) : trainRows;
  const words = buildVocabulary(
    kept.map((r) => r.text),
    options.minCount,
    options.maxWords,
  );
  const encode = encoder(createTokenizer(words));
  const space: FeatureSpace = { vocabulary: words.length + 2, buckets: options.buckets };
  const train = kept.map((row) => ({
    rows: featureRows(space, encode(row.text)),
    target: target(row),
  }));
  const dev = readGoEmotions(goEmotionsPath('dev', dataDir))
    .filter((r) => r.labels.length === 1)
    .map((row) => {
      const ids = encode(row.text);
      return { ids, rows: featureRows(space, ids), label: EMOTIONS.indexOf(row.labels[0]!) };
    });
  return { words, space, train, dev };
}
