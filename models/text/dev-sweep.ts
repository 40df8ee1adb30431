/**
 * Dev-only sweep for the text model: trains single-seed members once (cached per setting and
 * seed), averages them into folded tables as train.ts does, and prints dev weighted-/macro-F1
 * after the dev-fitted class offsets. GoEmotions train trains, dev chooses; no test file is read.
 * Usage: tsx models/text/dev-sweep.ts '<experiments JSON>' ['<corpus overrides JSON>']
 *   experiments: [{ "name": "...", "members": [{ "seeds": [1, 8], "lr": 0.1, ... }] }]
 *   corpus overrides: e.g. { "buckets": 524287 } (bigram buckets change the shipped table size)
 */
import { EMOTIONS } from '../../core/emotions';
import { classificationReport } from '../../eval/metrics';
import { argmax, fitClassOffsets } from './calibrate';
import { prepareCorpus } from './corpus';
import { foldLinearLayer, trainEmbeddingBag, type Example } from './embedding-bag';
import { tableRows } from './features';
import { quantizedLogits, quantizeTable } from './quantized-model';
import { buildSubwords } from './subwords';
import { TEXT_HYPERPARAMETERS } from './hyperparameters';

interface Member {
  seeds: [number, number];
  dim?: number;
  epochs?: number;
  lr?: number;
  labelSmoothing?: number;
  minN?: number;
  maxN?: number;
  ngramBuckets?: number;
}

const h = TEXT_HYPERPARAMETERS;
const experiments: { name: string; members: Member[] }[] = JSON.parse(process.argv[2] ?? '[]');
const corpus = prepareCorpus({ ...h, ...JSON.parse(process.argv[3] ?? '{}') });
const rows = tableRows(corpus.space);
const classes = EMOTIONS.length;
const cache = new Map<string, { folded: Float32Array; bias: Float32Array }>();

function smoothed(examples: Example[], epsilon: number): Example[] {
  if (!epsilon) return examples;
  return examples.map(({ rows: r, target }) => ({
    rows: r,
    target: Float32Array.from(target, (t) => (1 - epsilon) * t + epsilon / classes),
  }));
}

function trainMember(member: Member, seed: number) {
  const { seeds: _seeds, ...setting } = member;
  const key = JSON.stringify({ ...setting, seed });
  const hit = cache.get(key);
  if (hit) return hit;
  const ngramBuckets = member.ngramBuckets ?? h.ngramBuckets;
  const subwords = buildSubwords(corpus.words, 2, rows, {
    minN: member.minN ?? h.minN,
    maxN: member.maxN ?? h.maxN,
    buckets: ngramBuckets,
    power: h.subwordPower,
  });
  const model = trainEmbeddingBag(
    smoothed(corpus.train, member.labelSmoothing ?? 0),
    rows + ngramBuckets,
    classes,
    {
      dim: member.dim ?? h.dim,
      epochs: member.epochs ?? h.epochs,
      learningRate: member.lr ?? h.learningRate,
      poolPower: h.poolPower,
      seed,
      subwords,
    },
  );
  const out = { folded: foldLinearLayer(model, subwords, rows), bias: model.bias };
  cache.set(key, out);
  return out;
}

const labels = corpus.dev.map((row) => row.label);
const scores = (logits: ArrayLike<number>[], offsets?: number[]) => {
  const report = classificationReport(
    EMOTIONS,
    labels.map((l) => EMOTIONS[l]!),
    logits.map((z) => EMOTIONS[argmax(Array.from(z, (v, c) => v + (offsets?.[c] ?? 0)))]!),
  );
  const r = (v: number) => Math.round(v * 10000) / 10000;
  return {
    w: r(report.weighted_f1),
    m: r(report.macro_f1),
    mean: r((report.weighted_f1 + report.macro_f1) / 2),
  };
};

for (const { name, members } of experiments) {
  const started = Date.now();
  const folded = new Float32Array(rows * classes);
  const bias = new Float32Array(classes);
  let count = 0;
  for (const member of members) {
    for (let seed = member.seeds[0]; seed <= member.seeds[1]; seed++) {
      const one = trainMember(member, seed);
      one.folded.forEach((v, i) => (folded[i]! += v));
      one.bias.forEach((b, c) => (bias[c]! += b));
      count += 1;
    }
  }
  folded.forEach((v, i) => (folded[i] = v / count));
  bias.forEach((b, c) => (bias[c] = b / count));
  const model = quantizeTable(corpus.space, folded, bias, h.poolPower);
  const logits = corpus.dev.map((row) => quantizedLogits(model, row.ids));
  const { offsets } = fitClassOffsets(logits, labels);
  console.info(
    JSON.stringify({
      name,
      members: count,
      before: scores(logits),
      after: scores(logits, offsets),
      offsets,
      seconds: Math.round((Date.now() - started) / 1000),
    }),
  );
}
