/** The text model's training settings, shared by train.ts and the dev sweep. */
import type { CorpusOptions } from './corpus';

/** Chosen on GoEmotions dev (grid in MODEL_CARD.md): few epochs win, the model overfits fast. */
export const TEXT_HYPERPARAMETERS = {
  minCount: 1,
  maxWords: 40_000,
  buckets: 262_139,
  multiLabel: 'spread' as CorpusOptions['multiLabel'],
  dim: 32,
  epochs: 2,
  learningRate: 0.2,
  poolPower: 0.5,
  /** Models with seeds 1..n, averaged; linear, so the average is again one table. */
  ensemble: 8,
  /** Character n-grams (training only, folded into word rows at export); 0 buckets = off. */
  ngramBuckets: 200_003,
  minN: 3,
  maxN: 6,
  subwordPower: 0,
  /**
   * The last n ensemble members train on plain word rows (no character n-grams): they err
   * differently from the subword members, and the mix beat every all-subword seed set on dev.
   */
  plainMembers: 4,
};
