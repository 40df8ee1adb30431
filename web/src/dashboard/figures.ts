/**
 * Everything the dashboard shows, from the records this device holds: core/dashboard and
 * core/burnout compute the figures (the same code the API runs), this file only picks and shapes
 * them for the page and its charts.
 */
import { estimateBurnoutRisk } from '../../../core/burnout/estimate';
import type { BurnoutEstimate } from '../../../core/burnout/types';
import { addDays, dayKey, lastDays, type Period } from '../../../core/dashboard/days';
import {
  emotionDistribution,
  type EmotionDistribution,
} from '../../../core/dashboard/distribution';
import { sessionFigures } from '../../../core/dashboard/readings';
import { dashboardInputs } from '../../../core/dashboard/records';
import {
  suggestionEffectiveness,
  type SuggestionEffectiveness,
} from '../../../core/dashboard/suggestions';
import { summarizeDashboard, type DashboardSummary } from '../../../core/dashboard/summary';
import { stressBySession, type SessionStress } from '../../../core/dashboard/trend';
import type { CrisisEventRow, ExportRecords } from '../../../core/export/records';

export const TREND_DAYS = [7, 30, 90] as const;
export type TrendDays = (typeof TREND_DAYS)[number];

/** The device's records plus how often the companion offered each kind of suggestion. */
export interface LocalRecords extends ExportRecords {
  offers: Record<string, number>;
}

export interface DayPair {
  date: string;
  /** Mean journal mood that day, 1-10, one decimal; null without an entry. */
  mood: number | null;
  /** Mean session stress that day, 0-100; null without readings. */
  stress: number | null;
}

export interface DashboardFigures {
  isEmpty: boolean;
  period: Period;
  summary: DashboardSummary;
  /** The latest session with a stress figure, whenever it was. */
  current: SessionStress | null;
  sessions: SessionStress[];
  distribution: EmotionDistribution;
  burnout: BurnoutEstimate;
  effectiveness: SuggestionEffectiveness[];
  journalStress: DayPair[];
  crisisEvents: CrisisEventRow[];
}

export function dashboardFigures(
  records: LocalRecords,
  days: TrendDays,
  now: number,
  offsetMinutes: number,
): DashboardFigures {
  const inputs = dashboardInputs(
    {
      sessions: records.sessions,
      emotionLogs: records.emotion_logs,
      journal: records.journal_entries,
    },
    offsetMinutes,
  );
  const period = lastDays(now, days, offsetMinutes);
  const summary = summarizeDashboard({ ...inputs, now }, period);
  const sessions = stressBySession(inputs.sessions, inputs.buckets);
  const inPeriod = inputs.buckets.filter((b) => b.day >= period.fromDay && b.day <= period.toDay);
  return {
    isEmpty: records.sessions.length === 0 && records.journal_entries.length === 0,
    period,
    summary,
    current: [...sessions].reverse().find((s) => s.stress !== null) ?? null,
    sessions,
    distribution: emotionDistribution(inPeriod),
    burnout: estimateBurnoutRisk({
      sessions: sessionFigures(inputs.sessions, inputs.buckets),
      journal: inputs.journal,
      now,
    }),
    effectiveness: suggestionEffectiveness(
      records.feedback.map((f) => ({
        suggestionType: f.suggestion_type,
        wasHelpful: f.was_helpful,
        rating: f.rating,
      })),
      records.offers,
    ),
    journalStress: journalBesideStress(records, summary, period),
    crisisEvents: [...records.crisis_events].sort((a, b) => b.at.localeCompare(a.at)),
  };
}

/** Each day of the period with a journal entry or session stress: the mood and the stress. */
function journalBesideStress(
  records: ExportRecords,
  summary: DashboardSummary,
  period: Period,
): DayPair[] {
  const moods = new Map<string, number[]>();
  for (const entry of records.journal_entries) {
    const day = dayKey(Date.parse(entry.occurred_at), period.offsetMinutes);
    if (day < period.fromDay || day > period.toDay) continue;
    moods.set(day, [...(moods.get(day) ?? []), entry.mood]);
  }
  const stress = new Map(summary.avg_stress_trend.map((d) => [d.date, d.stress]));
  const pairs: DayPair[] = [];
  for (let day = period.fromDay; day <= period.toDay; day = addDays(day, 1)) {
    const dayMoods = moods.get(day);
    const mood = dayMoods
      ? Math.round((dayMoods.reduce((a, b) => a + b, 0) / dayMoods.length) * 10) / 10
      : null;
    const dayStress = stress.get(day) ?? null;
    if (mood !== null || dayStress !== null) pairs.push({ date: day, mood, stress: dayStress });
  }
  return pairs;
}
