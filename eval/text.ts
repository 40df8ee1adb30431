/**
 * `eval text`: scores the text classifier on a GoEmotions TSV (single-label rows, as the Ekman test
 * protocol does), a MELD CSV (Utterance, Emotion) or a plain `text,label` CSV. The classifier runs
 * through the transformers.js pipeline over the exported folder, the code path the worker uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EMOTIONS } from '../core/emotions.ts';
import { combineWithSentiment } from '../workers/text/combine.ts';
import { fitCombination, type CombinationRow } from '../models/text/combine.ts';
import { readTextSet, singleLabel } from '../models/text/datasets.ts';
import { TEXT_MODEL_DIR } from '../models/text/export.ts';
import { COMBINATION_FIT, combinationRows } from '../models/text/fit-combination.ts';
import { COMBINATION_FILE } from '../workers/text/model-config.ts';
import { loadTextClassifier } from '../models/text/pipeline.ts';
import { classificationReport, type ClassificationReport } from './metrics.ts';

export interface TextEvaluation {
  data: string;
  format: 'goemotions' | 'meld' | 'csv';
  n: number;
  /** GoEmotions rows with several labels, left out as the single-label protocol does. */
  multi_label_rows_skipped: number;
  model: string;
  code_path: string;
  /** The worker's output: classifier combined with scoreSentiment (shipped weights). */
  combined: ClassificationReport;
  classifier_only: ClassificationReport;
  /** MELD only: the same combination refitted on MELD dev (evaluation only, never shipped). */
  meld_dev_fitted?: ClassificationReport;
  notes: string[];
}

const argmax = (p: readonly number[]) => p.indexOf(Math.max(...p));
const score = (rows: CombinationRow[], predict: (row: CombinationRow) => readonly number[]) =>
  classificationReport(
    EMOTIONS,
    rows.map((row) => EMOTIONS[row.label]!),
    rows.map((row) => EMOTIONS[argmax(predict(row))]!),
  );

function formatOf(path: string): TextEvaluation['format'] {
  if (basename(path).endsWith('.tsv')) return 'goemotions';
  const header = readFileSync(path, 'utf8').slice(0, 500).split('\n')[0] ?? '';
  return header.includes('Utterance') ? 'meld' : 'csv';
}

/** Runs the classifier over a labelled file and scores it alone and combined with sentiment. */
export async function evaluateText(path: string): Promise<TextEvaluation> {
  const format = formatOf(path);
  const all = readTextSet(path);
  const rows = singleLabel(all);
  const classifier = await loadTextClassifier();
  const weights = JSON.parse(readFileSync(join(TEXT_MODEL_DIR, COMBINATION_FILE), 'utf8'));
  const scored = await combinationRows(classifier, rows);
  const notes = [
    'Classifier: onnx/model.onnx through @huggingface/transformers pipeline("text-classification") ' +
      'with allowRemoteModels=false (onnxruntime-node here, onnxruntime-web in the worker).',
    `Combined: log p + a·valence + b·|valence| + offset per class, weights fitted on ${weights.fitted_on}.`,
  ];
  const result: TextEvaluation = {
    data: path,
    format,
    n: rows.length,
    multi_label_rows_skipped: all.length - rows.length,
    model: classifier.config.model,
    code_path: 'transformers.js pipeline over models/text/rivion-text-emotion',
    combined: score(scored, (r) => combineWithSentiment(r.probabilities, r.valence, weights)),
    classifier_only: score(scored, (r) => r.probabilities),
    notes,
  };
  const meldDev = join(dirname(path), 'dev_sent_emo.csv');
  if (format === 'meld' && basename(path) !== 'dev_sent_emo.csv' && existsSync(meldDev)) {
    const devRows = await combinationRows(classifier, readTextSet(meldDev));
    const meldWeights = fitCombination(devRows, EMOTIONS.length, {
      ...COMBINATION_FIT,
      balance: 0,
    });
    result.meld_dev_fitted = score(scored, (r) =>
      combineWithSentiment(r.probabilities, r.valence, meldWeights),
    );
    notes.push(
      'meld_dev_fitted: the 21 combination weights refitted on MELD dev_sent_emo.csv in memory ' +
        '(unweighted loss); evaluation only, MELD may not train a shipped model.',
    );
  }
  return result;
}
