/**
 * Fits the classifier + valence combination on GoEmotions dev (single-label rows) through the real
 * transformers.js pipeline and writes rivion-text-emotion/sentiment-combination.json. Run after
 * train.ts (npm run train:text runs both). Dev only: no test file is read.
 */
import { join } from 'node:path';
import { EMOTIONS } from '../../core/emotions';
import { scoreSentiment } from '../../core/text/sentiment';
import { messageEvidence } from '../../workers/text/evidence';
import { fitCombination, type CombinationRow, type FitSettings } from './combine';
import { goEmotionsPath, readGoEmotions, singleLabel } from './datasets';
import { TEXT_MODEL_DIR } from './export';
import { writeJsonFile } from './json-file';
import { COMBINATION_FILE } from '../../workers/text/model-config';
import { classifyTexts, loadTextClassifier, type TextClassifier } from './pipeline';

/** Fitting settings: mild class balancing (inverse frequency ^ 0.25), chosen on GoEmotions dev. */
export const COMBINATION_FIT: FitSettings = {
  l2: 0.01,
  steps: 400,
  learningRate: 0.5,
  balance: 0.25,
};

/** Classifier probabilities and valence for labelled texts, in batches through the pipeline. */
export async function combinationRows(
  classifier: TextClassifier,
  rows: { text: string; labels: string[] }[],
  batch = 64,
): Promise<CombinationRow[]> {
  const out: CombinationRow[] = [];
  for (let start = 0; start < rows.length; start += batch) {
    const slice = rows.slice(start, start + batch);
    const probabilities = await classifyTexts(
      classifier,
      slice.map((r) => r.text),
    );
    slice.forEach((row, i) =>
      out.push({
        probabilities: probabilities[i]!,
        evidence: messageEvidence(row.text, scoreSentiment(row.text).valence),
        label: EMOTIONS.indexOf(row.labels[0] as (typeof EMOTIONS)[number]),
      }),
    );
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const classifier = await loadTextClassifier();
  const rows = await combinationRows(
    classifier,
    singleLabel(readGoEmotions(goEmotionsPath('dev'))),
  );
  const weights = fitCombination(rows, EMOTIONS.length, COMBINATION_FIT);
  const file = {
    fitted_on: 'GoEmotions-Ekman dev, single-label rows (Apache-2.0)',
    classes: EMOTIONS,
    fit: COMBINATION_FIT,
    ...weights,
  };
  await writeJsonFile(join(TEXT_MODEL_DIR, COMBINATION_FILE), file);
  console.info(JSON.stringify({ rows: rows.length, ...weights }));
}
