/**
 * The sentence heads in Node (eval, bench, tests): the committed heads file and the encoder's
 * readings of a list of texts, exactly what the text worker computes per message.
 */
import { readFileSync } from 'node:fs';
import {
  encoderCrisisLevel,
  headProbabilities,
  type SentenceHeadsFile,
} from '../../core/text/encoder/heads';
import type { CrisisLevel } from '../../core/text/crisis/index';
import { embedAll } from './embeddings';

export const HEADS_FILE = 'models/encoder/sentence-heads.json';

export const readHeads = (path = HEADS_FILE): SentenceHeadsFile =>
  JSON.parse(readFileSync(path, 'utf8')) as SentenceHeadsFile;

export interface EncoderReading {
  /** The emotion head's probabilities, EMOTIONS order. */
  emotion: number[];
  /**
   * The crisis head's probabilities, CRISIS_CLASSES order, and the level its cut-offs give on their
   * own (the device raises the detector's level with `raisedLevel`, which also upgrades elevated).
   */
  crisis: number[];
  level: CrisisLevel;
}

export async function encoderReadings(
  texts: readonly string[],
  heads = readHeads(),
): Promise<EncoderReading[]> {
  const vectors = await embedAll(texts);
  return vectors.map((x) => {
    const crisis = headProbabilities(heads.crisis, x);
    return {
      emotion: headProbabilities(heads.emotion, x),
      crisis,
      level: encoderCrisisLevel(crisis, heads.crisis.thresholds),
    };
  });
}
