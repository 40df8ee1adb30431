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
  /** Per fold: that fold's model on the ordinary dev comments (as detectCrisis reads them). */
  dev: Probabilities[][];
}

/**
 * Out-of-fold probabilities: each author's file scored by a model trained on all the others
 * (and on the ordinary negatives, which are never held out: they are no author's crisis text),
 * on the raw messages and on `read` (the same messages as detectCrisis passes them on).
 */
export function leaveOneGroupOut(
  groups: AuthorGroup[],
  config: SafetyConfig,
  read: string[][] = groups.map((g) => g.rows.map((row) => row.text)),
  ordinary: { train: string[]; dev: string[] } = { train: [], dev: [] },
): OutOfFold {
  const raw: Probabilities[][] = [];
  const readScores: Probabilities[][] = [];
  const dev: Probabilities[][] = [];
  groups.forEach((held, g) => {
    const fitted = fitGroups(
      groups.filter((_, other) => other !== g),
      config,
      ordinary.train,
    );
    dev.push(scoreTexts(fitted, config, ordinary.dev));
    raw.push(
      scoreTexts(
        fitted,
        config,
        held.rows.map((row) => row.text),
      ),
    );
    readScores.push(scoreTexts(fitted, config, read[g]!));
  });
  return { raw, read: readScores, dev };
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

/**
 * How often everyday text may be flagged, at most, on the GoEmotions dev comments: under the
 * issue's limits (0.5 % severe, 2 % elevated) with room for a new kind of text.
 */
export const ORDINARY_TARGETS = { severe: 0.0035, elevated: 0.01 };

/** An ordinary dev comment as detectCrisis judges it: the rules' level and the classifier's view. */
export interface OrdinaryScored {
  rules: CrisisLevel;
  p: Probabilities;
}

/** Share of ordinary comments detectCrisis would put at `level` with these thresholds. */
export function ordinaryRate(scored: OrdinaryScored[], t: Thresholds, level: CrisisLevel): number {
  const hits = scored.filter((row) => higherLevel(row.rules, levelFor(row.p, t)) === level);
  return hits.length / Math.max(1, scored.length);
}

/**
 * Sets the severe cut-off by everyday text: the lowest p(severe) at which rules + classifier flag
 * at most the target share of ordinary comments severe. The crisis sets are a third severe, so
 * their precision let one ordinary message in ten through; at the rate of real conversation the
 * flag rate is the precision that counts. The elevated cut-off is then raised, never lowered,
 * until at most the target share reads elevated (lowering it below the crisis files' own cut-off
 * raised look-alikes such as "giving away all my things" to elevated, and no held-out recall).
 */
export function holdToOrdinary(
  t: Thresholds,
  scored: OrdinaryScored[],
  targets = ORDINARY_TARGETS,
): Thresholds {
  if (scored.length === 0) return t;
  const severe =
    CANDIDATES.find(
      (c) => ordinaryRate(scored, { severe: c, elevated: 1 }, 'severe') <= targets.severe,
    ) ?? 1;
  let elevated = t.elevated;
  for (const c of CANDIDATES.filter((c) => c >= t.elevated)) {
    elevated = c;
    if (ordinaryRate(scored, { severe, elevated: c }, 'elevated') <= targets.elevated) break;
  }
  return { severe, elevated };
}

export const LEVELS = CRISIS_MODEL_LABELS;
