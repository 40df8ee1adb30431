/**
 * The emotion head's data: GoEmotions-Ekman train (Apache-2.0; may train a shipped model) and our
 * conversational author files (models/encoder/data/conversation-*.csv, each by a different writer
 * with a distinct brief; see models/encoder/DATA.md). GoEmotions dev and the author files choose the
 * settings; eval/data/conversation-holdout.csv, GoEmotions test and MELD are never read here.
 */
import { EMOTIONS } from '../../core/emotions';
import { goEmotionsPath, readTextSet, type LabelledText } from '../text/datasets';
import { embedAll } from './embeddings';

export const CONVERSATION_AUTHORS = ['a', 'b', 'c', 'd', 'e', 'f'].map(
  (name) => `models/encoder/data/conversation-${name}.csv`,
);

export interface EmbeddedRows {
  rows: LabelledText[];
  vectors: Float32Array[];
}

export async function embedded(path: string, log = false): Promise<EmbeddedRows> {
  const rows = readTextSet(path);
  const vectors = await embedAll(
    rows.map((row) => row.text),
    log
      ? (done, total) => {
          if (done % 6400 === 0 || done === total) console.info(`  embedded ${done}/${total}`);
        }
      : undefined,
  );
  return { rows, vectors };
}

export const goEmotions = (split: 'train' | 'dev') =>
  embedded(goEmotionsPath(split), split === 'train');

/** A row's labels as a target distribution over EMOTIONS: several labels share the mass. */
export function targetOf(row: LabelledText): number[] {
  return EMOTIONS.map((emotion) => (row.labels.includes(emotion) ? 1 / row.labels.length : 0));
}
