/**
 * The six factors of the burnout score. Each reads the evidence and says how strongly it is
 * present (severity 0..1) in one sentence with the person's own figures; estimate.ts weighs them.
 * The thresholds are documented choices (README.md), not fitted to data: there is no labelled
 * burnout data behind RIVION, so the score is a transparent summary, not a diagnosis.
 */
import { clamp01, mean, roundTo, standardDeviation } from './stats';
import type { FactorCode, SessionFigures } from './types';

/** What the factors read, prepared once by estimate.ts. */
export interface Evidence {
  /** Sessions in the window with a stress figure, oldest first; the current one last. */
  stressSessions: readonly (SessionFigures & { meanStress: number })[];
  /** The current session and up to five before it (all with a stress figure). */
  current: (SessionFigures & { meanStress: number }) | null;
  previous: readonly (SessionFigures & { meanStress: number })[];
  /** Slope of mean stress per session over the last TREND_SESSIONS sessions. */
  slope: number;
  trendSessions: number;
  /** Mood 0..1 of every session and journal entry in the window (session mood includes stress). */
  moods: readonly number[];
  /** How each session's dominant emotion and each journal mood feel, 0..1, without stress. */
  feelings: readonly number[];
  /** Sessions that started in the last seven days. */
  sessionsThisWeek: number;
}

export interface FactorReading {
  severity: number;
  sentence: string;
}

type Factor = (evidence: Evidence) => FactorReading | null;

const points = (value: number) => Math.round(value);

/** Mean stress over the window: 35 or below adds nothing, 70 or above counts fully. */
export const highStress: Factor = ({ stressSessions }) => {
  if (stressSessions.length === 0) return null;
  const level = mean(stressSessions.map((session) => session.meanStress));
  return {
    severity: clamp01((level - 35) / 35),
    sentence: `Your average stress across ${stressSessions.length} recent sessions is ${points(level)} out of 100.`,
  };
};

/** Stress rising from session to session: +4 points per session or more counts fully. */
export const increasingStress: Factor = ({ slope, trendSessions }) => {
  if (trendSessions < 3) return null;
  const change = roundTo(slope, 1);
  return {
    severity: clamp01(slope / 4),
    sentence:
      slope > 0
        ? `Your stress has gone up by about ${change} points per session over your last ${trendSessions} sessions.`
        : `Your stress has not been rising over your last ${trendSessions} sessions.`,
  };
};

/** Average mood 0.55 ("okay") or better adds nothing; 0.2 or lower counts fully. */
export const lowMood: Factor = ({ moods }) => {
  if (moods.length === 0) return null;
  const average = mean(moods);
  return {
    severity: clamp01((0.55 - average) / 0.35),
    sentence: `Your mood in sessions and journal entries has averaged ${points(average * 9 + 1)} out of 10.`,
  };
};

/** The current session against the five before it: 25 points above their mean counts fully. */
export const stressSpike: Factor = ({ current, previous }) => {
  if (!current || previous.length < 2) return null;
  const before = mean(previous.map((session) => session.meanStress));
  const rise = current.meanStress - before;
  return {
    severity: clamp01(rise / 25),
    sentence:
      rise > 0
        ? `This session's stress (${points(current.meanStress)}) is ${points(rise)} points above your previous ${previous.length} sessions (${points(before)}).`
        : `This session's stress (${points(current.meanStress)}) is not above your previous ${previous.length} sessions (${points(before)}).`,
  };
};

/** Spread of how emotions and moods feel: a standard deviation of 0.15 or less adds nothing, 0.35 counts fully. */
export const emotionalSwings: Factor = ({ feelings }) => {
  if (feelings.length < 3) return null;
  const spread = standardDeviation(feelings);
  return {
    severity: clamp01((spread - 0.15) / 0.2),
    sentence: 'Your emotions have swung between high and low from one check-in to the next.',
  };
};

/** Up to one session a day adds nothing; 14 or more in seven days counts fully. */
export const frequentSessions: Factor = ({ sessionsThisWeek }) => {
  if (sessionsThisWeek === 0) return null;
  return {
    severity: clamp01((sessionsThisWeek - 7) / 7),
    sentence: `You have had ${sessionsThisWeek} sessions in the last seven days.`,
  };
};

/** Each factor and its weight in points; the weights sum to 100, so the score is 0-100. */
export const WEIGHTED_FACTORS: readonly { code: FactorCode; weight: number; read: Factor }[] = [
  { code: 'high_stress', weight: 30, read: highStress },
  { code: 'increasing_stress', weight: 25, read: increasingStress },
  { code: 'low_mood', weight: 20, read: lowMood },
  { code: 'stress_spike', weight: 10, read: stressSpike },
  { code: 'emotional_swings', weight: 8, read: emotionalSwings },
  { code: 'frequent_sessions', weight: 7, read: frequentSessions },
];
