/** What the burnout estimate reads and what it returns (see estimate.ts for the formula). */
import type { BurnoutRiskLevel, Emotion } from '../emotions';

/** One conversation session reduced to the figures the estimate and the dashboard use. */
export interface SessionFigures {
  id: string;
  /** ms since 1970. */
  startedAt: number;
  /** ms since 1970; null while the session is open. */
  endedAt: number | null;
  /** Mean stress 0-100 over the session's readings; null when it has none. */
  meanStress: number | null;
  /** Highest stress 0-100 in the session; null when it has none. */
  peakStress: number | null;
  dominantEmotion: Emotion | null;
}

/** A journal entry's mood (1-10) and when it was felt. */
export interface JournalMood {
  at: number;
  mood: number;
}

export interface BurnoutInput {
  /** Past sessions, in any order; those older than the window are left out. */
  sessions: readonly SessionFigures[];
  journal: readonly JournalMood[];
  /** The session under way (or just ended); by default the latest of `sessions`. */
  current?: SessionFigures | null;
  /** ms since 1970: the end of the window. */
  now: number;
}

export const FACTOR_CODES = [
  'high_stress',
  'increasing_stress',
  'low_mood',
  'stress_spike',
  'emotional_swings',
  'frequent_sessions',
] as const;
export type FactorCode = (typeof FACTOR_CODES)[number];

export interface BurnoutFactor {
  code: FactorCode;
  /** One plain sentence for the person, with their own figures. */
  sentence: string;
  /** 0..1: how strongly this factor is present. */
  severity: number;
  /** Points it adds to the score (severity × its weight), one decimal. */
  contribution: number;
}

export const RECOMMENDATION_CODES = [
  'seek_professional_help',
  'reduce_workload',
  'take_breaks',
  'reach_out',
  'steady_routine',
  'keep_going',
] as const;
export type RecommendationCode = (typeof RECOMMENDATION_CODES)[number];

export interface Recommendation {
  code: RecommendationCode;
  sentence: string;
}

export type TrendDirection = 'rising' | 'steady' | 'falling';

export interface StressTrend {
  /** Least-squares slope of mean stress per session, points per session. */
  slope: number;
  direction: TrendDirection;
  /** Sessions the slope was fitted on. */
  sessions: number;
}

export type BurnoutEstimate =
  | {
      status: 'not_enough_data';
      /** Sessions with stress figures in the window. */
      sessionsCounted: number;
      sessionsNeeded: number;
      message: string;
    }
  | {
      status: 'estimated';
      /** 0-100. */
      score: number;
      level: BurnoutRiskLevel;
      /** Factors that added to the score, largest first. */
      factors: BurnoutFactor[];
      recommendations: Recommendation[];
      trend: StressTrend;
      sessionsCounted: number;
    };
