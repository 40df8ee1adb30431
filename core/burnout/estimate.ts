/**
 * Burnout risk from a person's sessions and journal, the same code on the device (offline) and on
 * the server (GET /api/dashboard/burnout-risk).
 *
 * The formula. Evidence is everything in the last WINDOW_DAYS days before `now`:
 *   - sessions with a stress figure, oldest first, the current session last;
 *   - the stress trend: the least-squares slope of mean stress against session order over the
 *     last TREND_SESSIONS sessions (points per session);
 *   - mood 0..1 of every session (the mean of 1 - stress/100 and how its dominant emotion feels,
 *     mood.ts) and every journal entry ((mood - 1) / 9);
 *   - how each session's dominant emotion and each journal mood feel, without stress (the spread
 *     of these is "emotional swings", so a rising stress can never lower the score through it);
 *   - the current session against up to five before it, and the sessions of the last seven days.
 * Each factor (factors.ts) gives a severity 0..1 that rises linearly between two thresholds, and
 *   score = Σ weight × severity,  weights high_stress 30, increasing_stress 25, low_mood 20,
 *           stress_spike 10, emotional_swings 8, frequent_sessions 7 (sum 100),
 * rounded to a whole number. Level: low below 40, medium 40-70, high above 70. Every factor is
 * non-decreasing in every session's stress, so more stress never lowers the score.
 * Under MIN_SESSIONS sessions with stress in the window there is no estimate, only a sentence
 * saying so: a trend needs three points, and "low" from one session would be a guess.
 */
import type { BurnoutRiskLevel } from '../emotions';
import { WEIGHTED_FACTORS, type Evidence } from './factors';
import { EMOTION_MOOD, journalMood, sessionMood } from './mood';
import { recommend, RISING_SLOPE } from './recommendations';
import { leastSquaresSlope, roundTo } from './stats';
import type {
  BurnoutEstimate,
  BurnoutFactor,
  BurnoutInput,
  SessionFigures,
  StressTrend,
} from './types';

export const WINDOW_DAYS = 30;
export const MIN_SESSIONS = 3;
export const TREND_SESSIONS = 10;
export const PREVIOUS_SESSIONS = 5;
const DAY_MS = 86_400_000;

export function riskLevel(score: number): BurnoutRiskLevel {
  if (score > 70) return 'high';
  if (score >= 40) return 'medium';
  return 'low';
}

type WithStress = SessionFigures & { meanStress: number };
const hasStress = (session: SessionFigures): session is WithStress => session.meanStress !== null;

/** Burnout risk 0-100 with its level, the factors that drove it and what to do. */
export function estimateBurnoutRisk(input: BurnoutInput): BurnoutEstimate {
  const evidence = gatherEvidence(input);
  const counted = evidence.stressSessions.length;
  if (counted < MIN_SESSIONS) {
    const needed = MIN_SESSIONS - counted;
    return {
      status: 'not_enough_data',
      sessionsCounted: counted,
      sessionsNeeded: needed,
      message: `Not enough data yet: after ${needed} more ${needed === 1 ? 'session' : 'sessions'} RIVION can estimate your burnout risk.`,
    };
  }

  const factors: BurnoutFactor[] = [];
  let score = 0;
  for (const { code, weight, read } of WEIGHTED_FACTORS) {
    const reading = read(evidence);
    if (!reading) continue;
    score += weight * reading.severity;
    if (reading.severity > 0) {
      factors.push({
        code,
        sentence: reading.sentence,
        severity: roundTo(reading.severity, 2),
        contribution: roundTo(weight * reading.severity, 1),
      });
    }
  }
  factors.sort((a, b) => b.contribution - a.contribution);
  const rounded = Math.min(100, Math.max(0, Math.round(score)));
  const level = riskLevel(rounded);
  const trend = describeTrend(evidence);
  return {
    status: 'estimated',
    score: rounded,
    level,
    factors,
    recommendations: recommend(factors, trend, level),
    trend,
    sessionsCounted: counted,
  };
}

function gatherEvidence({ sessions, journal, current, now }: BurnoutInput): Evidence {
  const since = now - WINDOW_DAYS * DAY_MS;
  const inWindow = (at: number) => at >= since && at <= now;
  const past = sessions.filter((s) => inWindow(s.startedAt) && s.id !== current?.id);
  const all = [...past, ...(current ? [current] : [])].sort((a, b) => a.startedAt - b.startedAt);
  // An explicit current session is the latest, whatever its start says.
  if (current) all.push(...all.splice(all.indexOf(current), 1));
  const stressSessions = all.filter(hasStress);

  const latest = stressSessions.at(-1) ?? null;
  const trendValues = stressSessions.slice(-TREND_SESSIONS).map((s) => s.meanStress);
  const entries = journal.filter((entry) => inWindow(entry.at));
  const moods = [
    ...all.map(sessionMood).filter((mood): mood is number => mood !== null),
    ...entries.map((entry) => journalMood(entry.mood)),
  ];
  const feelings = [
    ...all.flatMap((s) => (s.dominantEmotion ? [EMOTION_MOOD[s.dominantEmotion]] : [])),
    ...entries.map((entry) => journalMood(entry.mood)),
  ];
  return {
    stressSessions,
    current: latest,
    previous: stressSessions.slice(-1 - PREVIOUS_SESSIONS, -1),
    slope: leastSquaresSlope(trendValues),
    trendSessions: trendValues.length,
    moods,
    feelings,
    sessionsThisWeek: all.filter((s) => s.startedAt >= now - 7 * DAY_MS).length,
  };
}

function describeTrend({ slope, trendSessions }: Evidence): StressTrend {
  const direction =
    trendSessions >= 3 && slope >= RISING_SLOPE
      ? 'rising'
      : trendSessions >= 3 && slope <= -RISING_SLOPE
        ? 'falling'
        : 'steady';
  return { slope: roundTo(slope, 2), direction, sessions: trendSessions };
}
