/**
 * Trains the shipped text-emotion model on GoEmotions-Ekman train (Apache-2.0) and exports it to
 * models/text/rivion-text-emotion/. Hyper-parameters and class offsets are chosen on GoEmotions dev
 * only; test sets are never read here.
 * Usage: npm run train:text [-- --epochs 3 --dim 16 ... --no-export]   (prints JSON)
 * Deterministic: seeded initialisation and shuffling, so the same data gives the same bytes.
 */
import { parseArgs } from 'node:util';
import { EMOTIONS } from '../../core/emotions';
import { classificationReport } from '../../eval/metrics';
import { argmax, fitClassOffsets } from './calibrate';
import { prepareCorpus, type CorpusOptions } from './corpus';
import { foldLinearLayer, trainEmbeddingBag, type TrainOptions } from './embedding-bag';
import { exportTextModel } from './export';
import { tableRows } from './features';
import { quantizedLogits, quantizeTable } from './quantized-model';
import { buildSubwords } from './subwords';
import { TEXT_HYPERPARAMETERS } from './hyperparameters';

const { values } = parseArgs({
  options: {
    'min-count': { type: 'string' },
    buckets: { type: 'string' },
    'multi-label': { type: 'string' },
    dim: { type: 'string' },
    epochs: { type: 'string' },
    lr: { type: 'string' },
    'pool-power': { type: 'string' },
    ensemble: { type: 'string' },
    'ngram-buckets': { type: 'string' },
    'min-n': { type: 'string' },
    'max-n': { type: 'string' },
    'subword-power': { type: 'string' },
    'plain-members': { type: 'string' },
    'no-export': { type: 'boolean' },
  },
});
const number = (value: string | undefined, fallback: number) =>
  value === undefined ? fallback : Number(value);
const h = TEXT_HYPERPARAMETERS;
const settings = {
  ...h,
  minCount: number(values['min-count'], h.minCount),
  buckets: number(values.buckets, h.buckets),
  multiLabel: (values['multi-label'] ?? h.multiLabel) as CorpusOptions['multiLabel'],
  dim: number(values.dim, h.dim),
  epochs: number(values.epochs, h.epochs),
  learningRate: number(values.lr, h.learningRate),
  poolPower: number(values['pool-power'], h.poolPower),
  ensemble: number(values.ensemble, h.ensemble),
  ngramBuckets: number(values['ngram-buckets'], h.ngramBuckets),
  minN: number(values['min-n'], h.minN),
  maxN: number(values['max-n'], h.maxN),
  subwordPower: number(values['subword-power'], h.subwordPower),
  plainMembers: number(values['plain-members'], h.plainMembers),
};

const started = Date.now();
const corpus = prepareCorpus(settings);
const rows = tableRows(corpus.space);
const subwordsWith = (buckets: number) =>
  buildSubwords(corpus.words, 2, rows, {
    minN: settings.minN,
    maxN: settings.maxN,
    buckets,
    power: settings.subwordPower,
  });
const subwords = subwordsWith(settings.ngramBuckets);
const plainWords = subwordsWith(0);
const classes = EMOTIONS.length;
const folded = new Float32Array(rows * classes);
const bias = new Float32Array(classes);
for (let seed = 1; seed <= settings.ensemble; seed++) {
  const plain = seed > settings.ensemble - settings.plainMembers;
  const member = plain ? plainWords : subwords;
  const options: TrainOptions = { ...settings, seed, subwords: member };
  const extraRows = plain ? 0 : settings.ngramBuckets;
  const model = trainEmbeddingBag(corpus.train, rows + extraRows, classes, options);
  foldLinearLayer(model, member, rows).forEach((v, i) => (folded[i]! += v / settings.ensemble));
  model.bias.forEach((b, c) => (bias[c]! += b / settings.ensemble));
}

const labels = corpus.dev.map((row) => row.label);
const devReport = (model: ReturnType<typeof quantizeTable>) => {
  const logits = corpus.dev.map((row) => quantizedLogits(model, row.ids));
  const report = classificationReport(
    EMOTIONS,
    labels.map((l) => EMOTIONS[l]!),
    logits.map((z) => EMOTIONS[argmax(z)]!),
  );
  return { logits, report };
};
const uncalibrated = quantizeTable(corpus.space, folded, bias, settings.poolPower);
const before = devReport(uncalibrated);
const { offsets } = fitClassOffsets(before.logits, labels);
const shipped = quantizeTable(
  corpus.space,
  folded,
  Array.from(bias, (b, c) => b + offsets[c]!),
  settings.poolPower,
);
const after = devReport(shipped);
const summary = (r: typeof after.report) => ({
  accuracy: r.accuracy,
  weighted_f1: r.weighted_f1,
  macro_f1: r.macro_f1,
});
const training = {
  data: 'GoEmotions-Ekman train (Apache-2.0); multi-label rows spread their target evenly',
  train_rows: corpus.train.length,
  vocabulary: corpus.space.vocabulary,
  settings,
  class_offsets: Object.fromEntries(EMOTIONS.map((e, c) => [e, offsets[c]])),
  dev_single_label: { before_offsets: summary(before.report), shipped: summary(after.report) },
};
const files = values['no-export'] ? {} : await exportTextModel(shipped, corpus.words, training);
console.info(
  JSON.stringify(
    { ...training, files, seconds: Math.round((Date.now() - started) / 1000) },
    null,
    2,
  ),
);
