/**
 * What POST /api/chat/session/end says beside the summary (seed 6.2): how stress moved during the
 * session, and a few plain next steps drawn from what helped.
 */
import type { MicroIntervention } from '../conversation/types';
import type { EmotionLogData } from '../sync/protocol';
import { HIGH_STRESS, type SessionSummary } from './summary-schema';

export type StressDirection = 'rising' | 'falling' | 'steady' | 'unknown';

export interface StressTrend {
  direction: StressDirection;
  /** Mean stress of the first and the last third of the readings, null without readings. */
  start: number | null;
  end: number | null;
}

/** Points of change smaller than this are "steady": readings wobble by a few points. */
export const STEADY_BAND = 5;

export function stressTrend(
  logs: readonly Pick<EmotionLogData, 'recorded_at' | 'stress_score'>[],
): StressTrend {
  const stresses = [...logs]
    .sort((a, b) => Date.parse(a.recorded_at) - Date.parse(b.recorded_at))
    .flatMap((log) => (log.stress_score === null ? [] : [log.stress_score]));
  if (stresses.length === 0) return { direction: 'unknown', start: null, end: null };
  const third = Math.max(1, Math.floor(stresses.length / 3));
  const mean = (values: number[]) =>
    Math.round((values.reduce((sum, v) => sum + v, 0) / values.length) * 10) / 10;
  const start = mean(stresses.slice(0, third));
  const end = mean(stresses.slice(-third));
  if (stresses.length < 2) return { direction: 'unknown', start, end };
  const change = end - start;
  const direction = change > STEADY_BAND ? 'rising' : change < -STEADY_BAND ? 'falling' : 'steady';
  return { direction, start, end };
}

const NAMES: Record<MicroIntervention, string> = {
  box_breathing: 'Box breathing',
  grounding_54321: 'The 5-4-3-2-1 grounding exercise',
  split_task: 'Splitting a task into small steps',
  short_walk: 'A short walk',
  reach_out: 'Reaching out to someone',
};

/** One to three sentences for the person, from the summary alone (no diagnosis, no advice on medication). */
export function sessionRecommendations(summary: SessionSummary, trend: StressTrend): string[] {
  const sentences: string[] = [];
  const helped = summary.suggestions.filter(
    (outcome) => outcome.helpful > outcome.not_helpful || (outcome.mean_rating ?? 0) >= 4,
  );
  for (const outcome of helped.slice(0, 2)) {
    sentences.push(`${NAMES[outcome.type]} helped you this time; it may help again.`);
  }
  if (summary.minutes_above_70 >= 5 || trend.direction === 'rising') {
    sentences.push(
      'Stress stayed high for a while today. If that keeps happening, talking to someone you trust or a professional can help.',
    );
  } else if (summary.peak_stress !== null && summary.peak_stress > HIGH_STRESS) {
    sentences.push(
      'There was a stressful moment today; a short pause before the next task can help.',
    );
  }
  if (sentences.length === 0)
    sentences.push('Thank you for checking in. Come back whenever you like.');
  return sentences.slice(0, 3);
}
