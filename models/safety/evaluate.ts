import { readCrisis, type CrisisLevel } from '../../core/text/crisis/index';
import { classificationReport } from '../../eval/metrics';
import {
  chooseThresholds,
  higherLevel,
  holdToOrdinary,
  levelFor,
  LEVELS,
  ordinaryRate,
  type OutOfFold,
} from './cv';
import type { AuthorGroup } from './data';

export const TARGETS = { severePrecision: 0.92, noneRecall: 0.9 };

export interface LevelNumbers {
  severeRecall: number;
  severePrecision: number;
  elevatedRecall: number;
  nonePrecision: number;
  noneRecall: number;
  confusion: number[][];
}

export interface FoldResult {
  name: string;
  n: number;
  thresholds: { severe: number; elevated: number };
  /** Share of the ordinary dev comments flagged by the combination with this fold's model. */
  ordinary: { severe: number; elevated: number };
  rules: LevelNumbers;
  classifier: LevelNumbers;
  combined: LevelNumbers;
}

function numbers(truth: string[], predicted: string[]): LevelNumbers {
  const report = classificationReport(LEVELS, truth, predicted);
  const c = report.per_class;
  return {
    severeRecall: c.severe!.recall,
    severePrecision: c.severe!.precision,
    elevatedRecall: c.elevated!.recall,
    nonePrecision: c.none!.precision,
    noneRecall: c.none!.recall,
    confusion: report.confusion.matrix,
  };
}

/** The rules' level and the text the classifier reads, per message: what detectCrisis does. */
export function readGroups(groups: AuthorGroup[]) {
  return groups.map((group) => group.rows.map((row) => readCrisis(row.text)));
}

/**
 * Per held-out author: thresholds chosen on the OTHER authors' out-of-fold scores only (nested),
 * raised until that fold's model flags few enough ordinary dev comments (`devRules`: the rules'
 * level on each), then rules alone, classifier alone, and the combination as detectCrisis makes it
 * (the classifier reading what the rules did not settle, raising and never lowering). Also the
 * pooled result.
 */
export function evaluateFolds(
  groups: AuthorGroup[],
  oof: OutOfFold,
  readings = readGroups(groups),
  devRules: CrisisLevel[] = [],
) {
  const scored = groups.map((group, g) =>
    group.rows.map((row, i) => ({ truth: row.level, p: oof.raw[g]![i]! })),
  );
  const pooled = {
    truth: [] as string[],
    rules: [] as string[],
    alone: [] as string[],
    both: [] as string[],
  };
  const folds: FoldResult[] = groups.map((group, g) => {
    const dev = devRules.map((rules, i) => ({ rules, p: oof.dev[g]![i]! }));
    const thresholds = holdToOrdinary(
      chooseThresholds(scored.filter((_, o) => o !== g).flat(), TARGETS),
      dev,
    );
    const truth = group.rows.map((row) => row.level);
    const rules = readings[g]!.map((reading) => reading.rules.level);
    const alone = scored[g]!.map((row) => levelFor(row.p, thresholds));
    const both = oof.read[g]!.map((p, i) => higherLevel(rules[i]!, levelFor(p, thresholds)));
    pooled.truth.push(...truth);
    pooled.rules.push(...rules);
    pooled.alone.push(...alone);
    pooled.both.push(...both);
    return {
      name: group.name,
      n: truth.length,
      thresholds,
      ordinary: {
        severe: ordinaryRate(dev, thresholds, 'severe'),
        elevated: ordinaryRate(dev, thresholds, 'elevated'),
      },
      rules: numbers(truth, rules),
      classifier: numbers(truth, alone),
      combined: numbers(truth, both),
    };
  });
  return {
    folds,
    pooled: {
      rules: numbers(pooled.truth, pooled.rules),
      classifier: numbers(pooled.truth, pooled.alone),
      combined: numbers(pooled.truth, pooled.both),
    },
  };
}

/** What the grid maximises: classifier-alone recall of severe and of elevated, out of fold. */
export const selectionScore = (pooled: LevelNumbers) => pooled.severeRecall + pooled.elevatedRecall;
