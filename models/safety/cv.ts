import { CRISIS_MODEL_LABELS, type CrisisLevel } from '../../core/text/crisis/index';
import type { AuthorGroup } from './data';
import { fitGroups, scoreTexts, type SafetyConfig } from './fit';

export type Probabilities = [number, number, number];

export interface Thresholds {
  severe: number;
  elevated: number;
}

export interface OutOfFold {
  /** The whole message, as the classifier alone reads it. */
  raw: Probabilities[][];
  /** What detectCrisis lets the classifier read: without the sentences the rules settled. */
  read: Probabilities[][];
}

/**
 * Out-of-fold probabilities: each author's file scored by a model trained on all the others,
 * on the raw messages and on `read` (the same messages as detectCrisis passes them on).
 */
export function leaveOneGroupOut(
  groups: AuthorGroup[],
  config: SafetyConfig,
  read: string[][] = groups.map((g) => g.rows.map((row) => row.text)),
): OutOfFold {
  const raw: Probabilities[][] = [];
  const readScores: Probabilities[][] = [];
  groups.forEach((held, g) => {
    const fitted = fitGroups(
      groups.filter((_, other) => other !== g),
      config,
    );
    raw.push(
      scoreTexts(
        fitted,
        config,
        held.rows.map((row) => row.text),
      ),
    );
    readScores.push(scoreTexts(fitted, config, read[g]!));
  });
  return { raw, read: readScores };
}

export function levelFor(p: Probabilities, thresholds: Thresholds): CrisisLevel {
  if (p[2] >= thresholds.severe) return 'severe';
  return p[1] + p[2] >= thresholds.elevated ? 'elevated' : 'none';
}

const RANK: Record<CrisisLevel, number> = { none: 0, elevated: 1, severe: 2 };
/** The classifier may raise the rules' level, never lower it. */
export const higherLevel = (a: CrisisLevel, b: CrisisLevel) => (RANK[b] > RANK[a] ? b : a);

interface Scored {
  truth: CrisisLevel;
  p: Probabilities;
}

const CANDIDATES = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/**
 * The lowest p(severe) cut-off whose severe precision, pooled, is at least `minPrecision`:
 * recall first, as long as a severe card stays believable.
 */
export function severeThreshold(scored: Scored[], minPrecision: number): number {
  for (const t of CANDIDATES) {
    const flagged = scored.filter((row) => row.p[2] >= t);
    const hits = flagged.filter((row) => row.truth === 'severe').length;
    if (flagged.length > 0 && hits / flagged.length >= minPrecision) return t;
  }
  return 1;
}

/**
 * The lowest p(elevated or severe) cut-off that leaves at least `minNoneRecall` of the plain
 * messages alone: support is offered widely, but not to every sad sentence.
 */
export function elevatedThreshold(scored: Scored[], minNoneRecall: number): number {
  const none = scored.filter((row) => row.truth === 'none');
  for (const t of CANDIDATES) {
    const left = none.filter((row) => row.p[1] + row.p[2] < t).length;
    if (left / Math.max(1, none.length) >= minNoneRecall) return t;
  }
  return 1;
}

export function chooseThresholds(
  scored: Scored[],
  targets: { severePrecision: number; noneRecall: number },
): Thresholds {
  return {
    severe: severeThreshold(scored, targets.severePrecision),
    elevated: elevatedThreshold(scored, targets.noneRecall),
  };
}

export const LEVELS = CRISIS_MODEL_LABELS;
