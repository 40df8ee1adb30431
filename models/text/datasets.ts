/** Readers for the labelled text sets (GoEmotions TSV, MELD CSV, plain `text,label` CSV), in our 7 classes. */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { EMOTIONS, type Emotion } from '../../core/emotions';
import { textDataDir } from '../shared-data';

export const goEmotionsPath = (split: 'train' | 'dev' | 'test', dir = textDataDir()) =>
  join(dir, 'goemotions', 'ekman', `${split}.tsv`);

/** GoEmotions-Ekman, MELD and the plain CSV all name the classes this way (ekman/labels.txt order). */
export const EKMAN_LABELS = [
  'anger',
  'disgust',
  'fear',
  'joy',
  'neutral',
  'sadness',
  'surprise',
] as const;
const EMOTION_OF: Record<string, Emotion> = Object.fromEntries(
  EKMAN_LABELS.map((label, i) => [label, EMOTIONS[i]!]),
);

/** Maps an Ekman/MELD label (or one of ours) to our class; undefined when it is neither. */
export function toEmotion(label: string): Emotion | undefined {
  const key = label.trim().toLowerCase();
  return EMOTION_OF[key] ?? ((EMOTIONS as readonly string[]).find((e) => e === key) as Emotion);
}

export interface LabelledText {
  text: string;
  /** Every label the row carries; GoEmotions rows may carry several. */
  labels: Emotion[];
}

/** GoEmotions-Ekman TSV: text, comma-separated label indices, comment id; no header. */
export function readGoEmotions(path: string): LabelledText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const [text, ids] = line.split('\t');
      const labels = (ids ?? '').split(',').map((id) => EMOTIONS[Number(id)]);
      if (text === undefined || labels.some((label) => label === undefined)) {
        throw new Error(`${path} line ${i + 1}: expected text<TAB>label ids<TAB>id`);
      }
      return { text, labels: labels as Emotion[] };
    });
}

/** A CSV with a header: MELD's (Utterance, Emotion) or ours (text, label). */
export function readLabelledCsv(path: string): LabelledText[] {
  const rows: Record<string, string>[] = parse(readFileSync(path, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    relax_quotes: true,
  });
  return rows.map((row, i) => {
    const text = row.Utterance ?? row.text;
    const label = toEmotion(row.Emotion ?? row.label ?? '');
    if (text === undefined || !label) {
      throw new Error(`${path} row ${i + 2}: need text,label or Utterance,Emotion columns`);
    }
    return { text, labels: [label] };
  });
}

/** Reads any supported file: `.tsv` is GoEmotions, anything else a CSV with a header. */
export function readTextSet(path: string): LabelledText[] {
  return basename(path).endsWith('.tsv') ? readGoEmotions(path) : readLabelledCsv(path);
}

/** Rows with exactly one label: what the Ekman test protocol scores. */
export const singleLabel = (rows: LabelledText[]) => rows.filter((row) => row.labels.length === 1);
