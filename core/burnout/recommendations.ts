/** What to do, in plain words, from the factors that drove the score and the trend. */
import type { BurnoutRiskLevel } from '../emotions';
import type { BurnoutFactor, Recommendation, RecommendationCode, StressTrend } from './types';

const SENTENCES: Record<RecommendationCode, string> = {
  seek_professional_help:
    'Your stress has kept rising from session to session. Talking with a doctor, counsellor or therapist can really help; it is an ordinary, sensible step, not a sign that something is wrong with you.',
  reduce_workload:
    'Your stress has stayed high. If you can, put one task down, hand one over, or move a deadline this week.',
  take_breaks:
    'Today was harder than your usual. Short breaks help: a few minutes of slow breathing, or a walk outside.',
  reach_out: 'Your mood has been low. Telling someone you trust how you are doing can lighten it.',
  steady_routine:
    'Your days have swung up and down. Regular sleep, meals and a little time outside help steady them.',
  keep_going: 'Your stress looks manageable. Keep doing what helps you.',
};

/** A factor counts as a driver from this severity on. */
const DRIVING = 0.5;
/** Points per session, over at least three sessions, from which the trend is called rising. */
export const RISING_SLOPE = 1.5;

export function recommend(
  factors: readonly BurnoutFactor[],
  trend: StressTrend,
  level: BurnoutRiskLevel,
): Recommendation[] {
  const driving = new Set(factors.filter((f) => f.severity >= DRIVING).map((f) => f.code));
  const codes: RecommendationCode[] = [];
  // A rising trend across sessions, or a high score, always says to seek help, first.
  if (trend.direction === 'rising' || level === 'high') codes.push('seek_professional_help');
  if (driving.has('high_stress') || driving.has('frequent_sessions')) codes.push('reduce_workload');
  if (driving.has('stress_spike')) codes.push('take_breaks');
  if (driving.has('low_mood')) codes.push('reach_out');
  if (driving.has('emotional_swings')) codes.push('steady_routine');
  if (codes.length === 0) codes.push('keep_going');
  return codes.map((code) => ({ code, sentence: SENTENCES[code] }));
}
