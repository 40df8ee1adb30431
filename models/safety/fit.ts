import {
  CRISIS_MODEL_LABELS,
  featuresOf,
  knownFeatures,
  mayJudge,
  NO_RISK_IDEA,
  type CrisisFeatureOptions,
  type CrisisLevel,
} from '../../core/text/crisis/index';
import type { AuthorGroup } from './data';
import {
  predictProbabilities,
  trainLogistic,
  type LogisticModel,
  type LogisticOptions,
  type SparseRow,
} from './logistic';
import { selectVocabulary, type VocabularyOptions } from './vocabulary';

/** Everything that decides a model, chosen by leave-one-author-out CV. */
export interface SafetyConfig {
  features: CrisisFeatureOptions;
  vocabulary: VocabularyOptions;
  /** Extra loss weight on severe, on top of balanced class weights. */
  severeBoost: number;
  /**
   * Total loss weight of the ordinary negatives (everyday comments, ordinary.ts) as a multiple of
   * the author files' plain messages: 1 weighs all of them together as much as those.
   */
  ordinaryWeight: number;
  logistic: Omit<LogisticOptions, 'classWeights'>;
}

export interface FittedModel {
  vocabulary: string[];
  model: LogisticModel;
}

const labelOf = (level: CrisisLevel) => CRISIS_MODEL_LABELS.indexOf(level);

/** Balanced class weights (each class weighs as much in total), severe times severeBoost. */
function classWeights(labels: number[], severeBoost: number): [number, number, number] {
  const counts = [0, 0, 0];
  for (const label of labels) counts[label]! += 1;
  const weight = (c: number) => labels.length / (3 * Math.max(1, counts[c]!));
  return [weight(0), weight(1), weight(2) * severeBoost];
}

/**
 * Trains on the given author groups, and on `ordinary` comments as plain messages. The vocabulary
 * comes from the author groups alone: everyday words outside it say nothing either way, and
 * thousands of comments would otherwise crowd the crisis wordings out of the feature cap.
 */
export function fitGroups(
  groups: AuthorGroup[],
  config: SafetyConfig,
  ordinary: string[] = [],
): FittedModel {
  const docs = groups.flatMap((group, g) =>
    group.rows.map((row) => ({
      features: featuresOf(row.text, config.features),
      group: g,
      label: labelOf(row.level),
    })),
  );
  const vocabulary = selectVocabulary(docs, config.vocabulary);
  const index = new Map(vocabulary.map((feature, i) => [feature, i]));
  const rows: SparseRow[] = docs.map((doc) => ({
    features: knownFeatures(doc.features, index),
    label: doc.label,
  }));
  const weights = classWeights(
    rows.map((row) => row.label),
    config.severeBoost,
  );
  if (ordinary.length > 0 && config.ordinaryWeight > 0) {
    // On top of the plain class's weight: together they weigh ordinaryWeight × the plain messages.
    const plain = rows.filter((row) => row.label === 0).length;
    const weight = (config.ordinaryWeight * plain) / ordinary.length;
    for (const text of ordinary) {
      const features = knownFeatures(featuresOf(text, config.features), index);
      rows.push({ features, label: 0, weight });
    }
  }
  const model = trainLogistic(rows, vocabulary.length, {
    ...config.logistic,
    classWeights: weights,
  });
  return { vocabulary, model };
}

/** [p(none), p(elevated), p(severe)] for each text. */
export function scoreTexts(
  fitted: FittedModel,
  config: SafetyConfig,
  texts: string[],
): [number, number, number][] {
  const index = new Map(fitted.vocabulary.map((feature, i) => [feature, i]));
  return texts.map((text) => {
    const features = featuresOf(text, config.features);
    const known = knownFeatures(features, index);
    if (!mayJudge(features, known.length, config.features)) return NO_RISK_IDEA;
    return predictProbabilities(fitted.model, known);
  });
}
