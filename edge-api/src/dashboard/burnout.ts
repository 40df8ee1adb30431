/** GET /api/dashboard/burnout-risk: core/burnout on the person's synced sessions and journal. */
import { estimateBurnoutRisk, WINDOW_DAYS } from '../../../core/burnout/estimate';
import type { BurnoutEstimate } from '../../../core/burnout/types';
import { sessionFigures } from '../../../core/dashboard/readings';
import type { z } from '@hono/zod-openapi';
import type { Database } from '../db/database';
import type { burnoutRiskSchema } from '../schemas/dashboard';
import { loadDashboardData } from './load';

const DAY_MS = 86_400_000;

export async function readBurnoutRisk(db: Database, userId: string, nowMs: number) {
  const data = await loadDashboardData(
    db,
    userId,
    { fromMs: nowMs - WINDOW_DAYS * DAY_MS, toMs: nowMs },
    0,
  );
  return burnoutToWire(
    estimateBurnoutRisk({
      sessions: sessionFigures(data.sessions, data.buckets),
      journal: data.journal,
      now: nowMs,
    }),
  );
}

/** The estimate in the API's snake_case, with nulls where there is no estimate yet. */
export function burnoutToWire(estimate: BurnoutEstimate): z.infer<typeof burnoutRiskSchema> {
  if (estimate.status === 'not_enough_data') {
    return {
      status: estimate.status,
      risk_level: null,
      score: null,
      factors: [],
      recommendations: [],
      trend: null,
      sessions_counted: estimate.sessionsCounted,
      sessions_needed: estimate.sessionsNeeded,
      message: estimate.message,
    };
  }
  return {
    status: estimate.status,
    risk_level: estimate.level,
    score: estimate.score,
    factors: estimate.factors,
    recommendations: estimate.recommendations,
    trend: estimate.trend,
    sessions_counted: estimate.sessionsCounted,
    sessions_needed: 0,
    message: null,
  };
}
