import type { SessionData } from '../sync/protocol';

/** A conversation as it begins: open, nothing measured or summed up yet. */
export function newSession(startedAt: string, topic: string | null = null): SessionData {
  return {
    started_at: startedAt,
    ended_at: null,
    topic,
    total_stress_score: null,
    dominant_emotion: null,
    burnout_risk_level: null,
    notes: null,
    summary: null,
  };
}
