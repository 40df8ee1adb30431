/**
 * The dashboard's figures (seed §6.4) from the person's synced records, computed by core/ exactly
 * as the device computes them offline. Only the signed-in person's rows are ever read.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { WINDOW_DAYS } from '../../../core/burnout/estimate';
import { lastDays, type Period } from '../../../core/dashboard/days';
import { emotionDistribution } from '../../../core/dashboard/distribution';
import { suggestionEffectiveness } from '../../../core/dashboard/suggestions';
import { summarizeDashboard } from '../../../core/dashboard/summary';
import { stressByDay, stressBySession } from '../../../core/dashboard/trend';
import { readBurnoutRisk } from '../dashboard/burnout';
import { readFeedback, readSuggestionOffers } from '../dashboard/feedback';
import { loadDashboardData } from '../dashboard/load';
import { refreshDailyStatistics } from '../dashboard/statistics';
import { authenticatedRoute } from '../middleware/auth';
import { apiRoute, jsonResponse } from '../openapi';
import {
  burnoutRiskSchema,
  distributionQuerySchema,
  distributionSchema,
  noQuerySchema,
  stressTrendQuerySchema,
  stressTrendSchema,
  suggestionsQuerySchema,
  suggestionsSchema,
  summaryQuerySchema,
  summarySchema,
} from '../schemas/dashboard';
import type { AppEnv, Services } from '../services';

const DAY_MS = 86_400_000;
const RANGE_DAYS = { '7d': 7, '30d': 30, '90d': 90 } as const;
const periodOut = (period: Period) => ({ from: period.fromDay, to: period.toDay });

export function dashboardRoutes(services: Services) {
  const authenticated = authenticatedRoute(services, 'dashboard');
  const now = () => services.now().getTime();

  return new OpenAPIHono<AppEnv>()
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'get',
        path: '/burnout-risk',
        summary: 'Estimate your burnout risk',
        description:
          'A 0-100 score over the last 30 days from your stress level and its trend across sessions, your mood in sessions and journal, the latest session against the five before it, emotional swings and how often you talk with RIVION; with the factors that drove it and what to do. Under three sessions there is no score: `status` is `not_enough_data`. It is a summary of your own figures, not a diagnosis.',
        operationId: 'getBurnoutRisk',
        request: { query: noQuerySchema },
        responses: { 200: jsonResponse(burnoutRiskSchema, 'Your burnout risk and why') },
      }),
      async (c) => c.json(await readBurnoutRisk(services.db, c.var.userId, now()), 200),
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'get',
        path: '/summary',
        summary: 'Summarise your sessions',
        description:
          'Sessions, minutes, mean and latest stress, the emotions read most, hidden-stress moments, check-in streaks, stress per day and the emotion distribution over the period, with the burnout level and its recommendations. Reading it also brings the daily emotion statistics of the period up to date.',
        operationId: 'getDashboardSummary',
        request: { query: summaryQuerySchema },
        responses: { 200: jsonResponse(summarySchema, 'Your figures for the period') },
      }),
      async (c) => {
        const { date_range, utc_offset_minutes } = c.req.valid('query');
        const nowMs = now();
        const period = lastDays(nowMs, RANGE_DAYS[date_range], utc_offset_minutes);
        // From the period's start or the burnout window's, whichever is earlier.
        const fromMs = Math.min(period.fromMs, nowMs - WINDOW_DAYS * DAY_MS);
        const data = await loadDashboardData(
          services.db,
          c.var.userId,
          { fromMs, toMs: nowMs },
          utc_offset_minutes,
        );
        await refreshDailyStatistics(services.db, c.var.userId, period.fromDay, nowMs);
        return c.json(summarizeDashboard({ ...data, now: nowMs }, period), 200);
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'get',
        path: '/stress-trend',
        summary: 'Read your stress over time',
        description:
          'Mean and peak stress and the most frequent emotion, one point per day with readings (`by=day`) or per session (`by=session`), oldest first. A session with no emotion readings counts through its own summary. Reading it also brings the daily emotion statistics of the period up to date.',
        operationId: 'getStressTrend',
        request: { query: stressTrendQuerySchema },
        responses: { 200: jsonResponse(stressTrendSchema, 'Your stress, oldest first') },
      }),
      async (c) => {
        const { days, by, utc_offset_minutes } = c.req.valid('query');
        const nowMs = now();
        const period = lastDays(nowMs, days, utc_offset_minutes);
        const data = await loadDashboardData(
          services.db,
          c.var.userId,
          { fromMs: period.fromMs, toMs: nowMs },
          utc_offset_minutes,
        );
        await refreshDailyStatistics(services.db, c.var.userId, period.fromDay, nowMs);
        const points =
          by === 'day' ? stressByDay(data.buckets) : stressBySession(data.sessions, data.buckets);
        return c.json({ by, period: periodOut(period), data: points }, 200);
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'get',
        path: '/emotion-distribution',
        summary: 'Read how often each emotion was read',
        description:
          'Counts and percentages of the fused emotion of your readings over the period (the pie chart).',
        operationId: 'getEmotionDistribution',
        request: { query: distributionQuerySchema },
        responses: { 200: jsonResponse(distributionSchema, 'Each emotion’s count and share') },
      }),
      async (c) => {
        const { days, utc_offset_minutes } = c.req.valid('query');
        const nowMs = now();
        const period = lastDays(nowMs, days, utc_offset_minutes);
        const data = await loadDashboardData(
          services.db,
          c.var.userId,
          { fromMs: period.fromMs, toMs: nowMs },
          utc_offset_minutes,
        );
        return c.json({ period: periodOut(period), ...emotionDistribution(data.buckets) }, 200);
      },
    )
    .openapi(
      apiRoute({
        ...authenticated,
        method: 'get',
        path: '/suggestions',
        summary: 'Read which suggestions helped',
        description:
          'For each kind of suggestion (box breathing, grounding, a short walk…): how often the companion offered it, how often you rated it, the share you found helpful and your mean 1-5 rating. Comments are not read.',
        operationId: 'getSuggestionEffectiveness',
        request: { query: suggestionsQuerySchema },
        responses: {
          200: jsonResponse(suggestionsSchema, 'Each kind of suggestion, most offered first'),
        },
      }),
      async (c) => {
        const { days } = c.req.valid('query');
        const period = lastDays(now(), days);
        const [rows, offers] = await Promise.all([
          readFeedback(services.db, c.var.userId, period.fromMs),
          readSuggestionOffers(services.db, c.var.userId, period.fromMs),
        ]);
        return c.json(
          { period: periodOut(period), suggestions: suggestionEffectiveness(rows, offers) },
          200,
        );
      },
    );
}
