/**
 * The emotion head and its combination with today's classifier, chosen on dev data only:
 * leave-one-author-out over the conversational author files (each fold trains on GoEmotions train
 * and the other authors) and GoEmotions dev. The objective is the authors' pooled out-of-fold
 * macro-F1, with GoEmotions dev weighted-F1 held above a floor (GOEMOTIONS_FLOOR).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMOTIONS } from '../../core/emotions';
import {
  combineEmotion,
  headProbabilities,
  type LinearHead,
  type SentenceHeadsFile,
} from '../../core/text/encoder/heads';
import { combineWithSentiment } from '../../workers/text/combine';
import { COMBINATION_FILE } from '../../workers/text/model-config';
import { classificationReport } from '../../eval/metrics';
import { TEXT_MODEL_DIR } from '../text/export';
import { combinationRows } from '../text/fit-combination';
import { loadTextClassifier } from '../text/pipeline';
import {
  CONVERSATION_AUTHORS,
  embedded,
  goEmotions,
  targetOf,
  type EmbeddedRows,
} from './emotion-data';
import { fitHead, type SoftmaxSettings, type TrainingRow } from './softmax-regression';

export interface EmotionSettings {
  /** `hidden` adds a ReLU layer of that many units (mlp.ts); without it the head is linear. */
  softmax: SoftmaxSettings & { hidden?: number };
  /** Weight of one conversational row against one GoEmotions row. */
  conversationWeight: number;
}

/**
 * The companion's messages are conversational, so the authors' macro-F1 is maximised; GoEmotions dev
 * weighted-F1 may not fall below this (what today's classifier reaches there, 0.681, less a point).
 */
export const GOEMOTIONS_FLOOR = 0.67;

const argmax = (p: readonly number[]) => p.indexOf(Math.max(...p));

function trainingRows(sets: { data: EmbeddedRows; weight: number }[]): TrainingRow[] {
  return sets.flatMap(({ data, weight }) =>
    data.rows.map((row, i) => ({ x: data.vectors[i]!, target: targetOf(row), weight })),
  );
}

export const fitEmotionHead = (
  train: EmbeddedRows,
  authors: EmbeddedRows[],
  settings: EmotionSettings,
): LinearHead =>
  fitHead(
    trainingRows([
      { data: train, weight: 1 },
      ...authors.map((data) => ({ data, weight: settings.conversationWeight })),
    ]),
    EMOTIONS,
    settings.softmax,
  );

export interface ScoredSet {
  name: string;
  labels: number[];
  classifier: number[][];
  encoder: number[][];
}

const singleLabelIndex = (data: EmbeddedRows) =>
  data.rows.map((row, i) => (row.labels.length === 1 ? i : -1)).filter((i) => i >= 0);

/** Today's classifier (combined with the rules' sentiment, as the worker ships it) on a set. */
export async function classifierProbabilities(data: EmbeddedRows, keep: number[]) {
  const classifier = await loadTextClassifier();
  const weights = JSON.parse(readFileSync(join(TEXT_MODEL_DIR, COMBINATION_FILE), 'utf8'));
  const rows = await combinationRows(
    classifier,
    keep.map((i) => ({ text: data.rows[i]!.text, labels: data.rows[i]!.labels })),
  );
  return rows.map((row) => combineWithSentiment(row.probabilities, row.evidence, weights));
}

export function score(
  set: ScoredSet,
  predict: (classifier: number[], encoder: number[]) => number[],
) {
  return classificationReport(
    EMOTIONS,
    set.labels.map((label) => EMOTIONS[label]!),
    set.classifier.map((p, i) => EMOTIONS[argmax(predict(p, set.encoder[i]!))]!),
  );
}

/** Coordinate search over the classifier/encoder weights and the 7 offsets. */
export function fitCombination(
  objective: (combination: SentenceHeadsFile['combination']) => number,
): { combination: SentenceHeadsFile['combination']; value: number } {
  let best = {
    combination: { classifier: 0, encoder: 1, offset: EMOTIONS.map(() => 0) },
    value: -1,
  };
  for (const classifier of [0, 0.25, 0.5, 0.75, 1]) {
    for (const encoder of [0.5, 1, 1.5]) {
      const combination = { classifier, encoder, offset: EMOTIONS.map(() => 0) };
      const value = objective(combination);
      if (value > best.value) best = { combination, value };
    }
  }
  for (let round = 0; round < 3; round++) {
    for (let c = 0; c < EMOTIONS.length; c++) {
      for (let step = -1.5; step <= 1.5001; step += 0.1) {
        const offset = [...best.combination.offset];
        offset[c] = Math.round(step * 10) / 10;
        const combination = { ...best.combination, offset };
        const value = objective(combination);
        if (value > best.value + 1e-9) best = { combination, value };
      }
    }
  }
  return best;
}

export async function chooseEmotionHead(grid: EmotionSettings[]) {
  const train = await goEmotions('train');
  const dev = await goEmotions('dev');
  const authors = await Promise.all(CONVERSATION_AUTHORS.map((path) => embedded(path)));
  const devKeep = singleLabelIndex(dev);
  const devClassifier = await classifierProbabilities(dev, devKeep);
  const authorClassifier = await Promise.all(
    authors.map((data) =>
      classifierProbabilities(
        data,
        data.rows.map((_, i) => i),
      ),
    ),
  );
  const results = grid.map((settings) => {
    const started = performance.now();
    const head = fitEmotionHead(train, authors, settings);
    const devSet: ScoredSet = {
      name: 'goemotions-dev',
      labels: devKeep.map((i) => EMOTIONS.indexOf(dev.rows[i]!.labels[0]!)),
      classifier: devClassifier,
      encoder: devKeep.map((i) => headProbabilities(head, dev.vectors[i]!)),
    };
    // Out-of-fold: each author's rows scored by a head that never saw that author.
    const pooled: ScoredSet = { name: 'authors-oof', labels: [], classifier: [], encoder: [] };
    authors.forEach((held, k) => {
      const fold = fitEmotionHead(
        train,
        authors.filter((_, j) => j !== k),
        settings,
      );
      held.rows.forEach((row, i) => {
        pooled.labels.push(EMOTIONS.indexOf(row.labels[0]!));
        pooled.classifier.push(authorClassifier[k]![i]!);
        pooled.encoder.push(headProbabilities(fold, held.vectors[i]!));
      });
    });
    const objective = (combination: SentenceHeadsFile['combination']) => {
      const predict = (c: number[], e: number[]) => combineEmotion(c, e, combination);
      const reddit = score(devSet, predict).weighted_f1;
      return score(pooled, predict).macro_f1 - 2 * Math.max(0, GOEMOTIONS_FLOOR - reddit);
    };
    const fitted = fitCombination(objective);
    const predict = (c: number[], e: number[]) => combineEmotion(c, e, fitted.combination);
    const report = {
      settings,
      objective: fitted.value,
      combination: fitted.combination,
      dev_weighted_f1: score(devSet, predict).weighted_f1,
      authors_macro_f1: score(pooled, predict).macro_f1,
      authors_recall: score(pooled, predict).per_class,
      encoder_only: {
        dev_weighted_f1: score(devSet, (_, e) => e).weighted_f1,
        authors_macro_f1: score(pooled, (_, e) => e).macro_f1,
      },
      classifier_only: {
        dev_weighted_f1: score(devSet, (c) => c).weighted_f1,
        authors_macro_f1: score(pooled, (c) => c).macro_f1,
      },
      seconds: Math.round((performance.now() - started) / 1000),
    };
    console.info(JSON.stringify({ ...report, authors_recall: undefined }));
    return { head, report };
  });
  return results.reduce((a, b) => (b.report.objective > a.report.objective ? b : a));
}
