/**
 * `eval text`: scores the text classifier on a GoEmotions TSV (single-label rows, as the Ekman test
 * protocol does), a MELD CSV (Utterance, Emotion) or a plain `text,label` CSV. The classifier runs
 * through the transformers.js pipeline over the exported folder, the code path the worker uses.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { EMOTIONS } from '../core/emotions';
import {
  abstains,
  combinedLogits,
  combineWithSentiment,
  softmaxInPlace,
} from '../workers/text/combine';
import type { CombinationRow } from '../models/text/combine';
import { readTextSet, singleLabel } from '../models/text/datasets';
import { TEXT_MODEL_DIR } from '../models/text/export';
import { combinationRows } from '../models/text/fit-combination';
import { COMBINATION_FILE } from '../workers/text/model-config';
import { loadTextClassifier } from '../models/text/pipeline';
import { UNCERTAIN_BELOW } from '../workers/shared/estimate';
import { combineEmotion } from '../core/text/encoder/heads';
import { encoderReadings, HEADS_FILE, readHeads } from '../models/encoder/heads-node';
import { classificationReport, type ClassificationReport } from './metrics';

export interface TextEvaluation {
  data: string;
  format: 'goemotions' | 'meld' | 'csv';
  n: number;
  /** GoEmotions rows with several labels, left out as the single-label protocol does. */
  multi_label_rows_skipped: number;
  model: string;
  code_path: string;
  /**
   * The worker's output: the classifier combined with scoreSentiment (shipped weights), then with
   * the sentence encoder's emotion head (unless turned off).
   */
  combined: ClassificationReport;
  /** The same without the encoder (what shipped before it), so its gain shows. */
  without_encoder?: ClassificationReport;
  encoder_only?: ClassificationReport;
  classifier_only: ClassificationReport;
  /** Rows the abstention rule turned to neutral. */
  abstained: number;
  /**
   * The worker's output as the rest of the app uses it: a reading under UNCERTAIN_BELOW (0.6, the
   * threshold every modality shares) does not count, which is scored here as neutral.
   */
  uncertain_as_neutral: ClassificationReport & { uncertain: number };
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
export async function evaluateText(
  path: string,
  { encoder = true }: { encoder?: boolean } = {},
): Promise<TextEvaluation> {
  const format = formatOf(path);
  const all = readTextSet(path);
  const rows = singleLabel(all);
  const classifier = await loadTextClassifier();
  const weights = JSON.parse(readFileSync(join(TEXT_MODEL_DIR, COMBINATION_FILE), 'utf8'));
  const scored = await combinationRows(classifier, rows);
  const heads = encoder ? readHeads() : undefined;
  const readings = heads
    ? await encoderReadings(
        rows.map((row) => row.text),
        heads,
      )
    : undefined;
  const encoderOf = new Map(scored.map((row, i) => [row, readings?.[i]?.emotion]));
  const notes = [
    'Classifier: onnx/model.onnx through @huggingface/transformers pipeline("text-classification") ' +
      'with allowRemoteModels=false (onnxruntime-node here, onnxruntime-web in the worker).',
    'Combined: log p + a·valence + b·|valence| + e·no-evidence + s·surprise-cue + offset per class, ' +
      `then abstention to neutral (${JSON.stringify(weights.abstention)}); fitted on ${weights.fitted_on}.`,
    'No evaluation fits anything on the evaluated set or its dev split.',
  ];
  const abstained = scored.filter((r) => {
    const p = combinedLogits(r.probabilities, r.evidence, weights);
    softmaxInPlace(p);
    return abstains(p, r.evidence, weights.abstention);
  }).length;
  const withoutEncoder = (r: CombinationRow) =>
    combineWithSentiment(r.probabilities, r.evidence, weights);
  const combined = (r: CombinationRow) => {
    const encoded = encoderOf.get(r);
    return encoded && heads
      ? combineEmotion(withoutEncoder(r), encoded, heads.combination)
      : withoutEncoder(r);
  };
  if (heads) {
    notes.push(
      `Encoder: the Universal Sentence Encoder lite (tfjs WASM) and the emotion head in ${HEADS_FILE}, ` +
        `combined as ${heads.combination.classifier}·log p(above) + ${heads.combination.encoder}·log p(encoder) + offset per class.`,
    );
  }
  const neutral = EMOTIONS.indexOf('neutral');
  const uncertain = scored.filter((r) => Math.max(...combined(r)) < UNCERTAIN_BELOW).length;
  const counted = score(scored, (r) => {
    const p = combined(r);
    return Math.max(...p) < UNCERTAIN_BELOW ? p.map((_, c) => (c === neutral ? 1 : 0)) : p;
  });
  const result: TextEvaluation = {
    data: path,
    format,
    n: rows.length,
    multi_label_rows_skipped: all.length - rows.length,
    model: classifier.config.model,
    code_path: 'transformers.js pipeline over models/text/rivion-text-emotion',
    combined: score(scored, combined),
    ...(heads && {
      without_encoder: score(scored, withoutEncoder),
      encoder_only: score(scored, (r) => encoderOf.get(r)!),
    }),
    classifier_only: score(scored, (r) => r.probabilities),
    abstained,
    uncertain_as_neutral: { ...counted, uncertain },
    notes,
  };
  return result;
}
