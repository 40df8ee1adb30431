/**
 * From figures to chart.js data and to the sentences and tables screen readers get instead, one
 * function per chart, so what a chart draws and what its text alternative says come from the
 * same numbers.
 */
import { EMOTIONS, type Emotion } from '../../../core/emotions';
import type { DayStress } from '../../../core/dashboard/trend';
import type { EmotionDistribution } from '../../../core/dashboard/distribution';
import type { SuggestionEffectiveness } from '../../../core/dashboard/suggestions';
import type { EmotionLogData } from '../../../core/sync/protocol';
import { addDays, type Period } from '../../../core/dashboard/days';
import type { DayPair } from './figures';

export interface SeriesData {
  labels: string[];
  series: { name: string; values: (number | null)[] }[];
}

/** A text alternative: one sentence, and a table with the same numbers. */
export interface TextAlternative {
  sentence: string;
  columns: string[];
  rows: (string | number)[][];
}

const shown = (value: number | null, suffix = '') =>
  value === null ? 'none' : `${Math.round(value)}${suffix}`;

/** Stress per day over the whole period: days without readings are gaps, not zeros. */
export function trendData(points: readonly DayStress[], period: Period): SeriesData {
  const byDay = new Map(points.map((p) => [p.date, p]));
  const labels: string[] = [];
  for (let day = period.fromDay; day <= period.toDay; day = addDays(day, 1)) labels.push(day);
  return {
    labels,
    series: [
      { name: 'Mean stress', values: labels.map((d) => byDay.get(d)?.stress ?? null) },
      { name: 'Peak stress', values: labels.map((d) => byDay.get(d)?.peak ?? null) },
    ],
  };
}

/** `span` names the days, as 'the last 7 days' or 'these 30 days'. */
export function trendText(points: readonly DayStress[], span: string): TextAlternative {
  const withStress = points.filter((p) => p.stress !== null);
  const sentence =
    withStress.length === 0
      ? `No stress readings in ${span}.`
      : `Mean stress on ${withStress.length} of ${span}, from ${shown(Math.min(...withStress.map((p) => p.stress!)))} to ${shown(Math.max(...withStress.map((p) => p.stress!)))} out of 100.`;
  return {
    sentence,
    columns: ['Day', 'Mean stress', 'Peak stress', 'Most felt'],
    rows: points.map((p) => [p.date, shown(p.stress), shown(p.peak), p.emotion ?? 'none']),
  };
}

/** The emotions read at least once, most frequent first. */
export function distributionData(distribution: EmotionDistribution): {
  emotions: Emotion[];
  values: number[];
} {
  const emotions = EMOTIONS.filter((e) => distribution.counts[e] > 0).sort(
    (a, b) => distribution.counts[b] - distribution.counts[a],
  );
  return { emotions, values: emotions.map((e) => distribution.percentages[e]) };
}

export function distributionText(distribution: EmotionDistribution): TextAlternative {
  const { emotions } = distributionData(distribution);
  return {
    sentence:
      distribution.total === 0
        ? 'No emotions read in this period.'
        : `${distribution.total} readings: ${emotions.map((e) => `${e} ${Math.round(distribution.percentages[e])}%`).join(', ')}.`,
    columns: ['Emotion', 'Readings', 'Share'],
    rows: emotions.map((e) => [e, distribution.counts[e], `${distribution.percentages[e]}%`]),
  };
}

export interface TimelinePoint {
  /** Minutes:seconds since the session's start. */
  at: string;
  stress: number | null;
  emotion: Emotion | null;
}

/** One conversation's readings over time, from its start. */
export function timelinePoints(
  startedAt: string,
  logs: readonly Pick<EmotionLogData, 'recorded_at' | 'stress_score' | 'final_emotion'>[],
): TimelinePoint[] {
  const start = Date.parse(startedAt);
  return [...logs]
    .sort((a, b) => a.recorded_at.localeCompare(b.recorded_at))
    .map((log) => {
      const seconds = Math.max(0, Math.round((Date.parse(log.recorded_at) - start) / 1000));
      return {
        at: `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`,
        stress: log.stress_score,
        emotion: log.final_emotion,
      };
    });
}

export function timelineText(points: readonly TimelinePoint[]): TextAlternative {
  const stresses = points.flatMap((p) => (p.stress === null ? [] : [p.stress]));
  return {
    sentence:
      points.length === 0
        ? 'This conversation has no readings.'
        : `${points.length} readings${stresses.length ? `, stress from ${Math.min(...stresses)} to ${Math.max(...stresses)}` : ''}; the last felt ${points.at(-1)!.emotion ?? 'unclear'}.`,
    columns: ['Time', 'Emotion', 'Stress'],
    rows: points.map((p) => [p.at, p.emotion ?? 'unclear', shown(p.stress)]),
  };
}

/** Helpful rate in percent per kind of suggestion that was answered. */
export function effectivenessData(
  rows: readonly SuggestionEffectiveness[],
  nameOf: (type: string) => string,
): { labels: string[]; values: number[] } {
  const answered = rows.filter((r) => r.helpful_rate !== null);
  return {
    labels: answered.map((r) => nameOf(r.suggestion_type)),
    values: answered.map((r) => Math.round(r.helpful_rate! * 100)),
  };
}

export function effectivenessText(
  rows: readonly SuggestionEffectiveness[],
  nameOf: (type: string) => string,
): TextAlternative {
  const helped = rows.filter((r) => r.helpful > 0).map((r) => nameOf(r.suggestion_type));
  return {
    sentence: helped.length
      ? `Helped you: ${helped.join(', ')}.`
      : 'No suggestion has been rated helpful yet.',
    columns: ['Suggestion', 'Offered', 'Helpful', 'Mean rating'],
    rows: rows.map((r) => [
      nameOf(r.suggestion_type),
      r.offered,
      r.helpful_rate === null ? 'not answered' : `${r.helpful} of ${r.rated}`,
      r.mean_rating ?? 'none',
    ]),
  };
}

export function journalStressText(pairs: readonly DayPair[]): TextAlternative {
  const both = pairs.filter((p) => p.mood !== null && p.stress !== null).length;
  return {
    sentence: pairs.length
      ? `${pairs.length} ${pairs.length === 1 ? 'day' : 'days'} with a journal mood or session stress; ${both} with both.`
      : 'No journal moods or session stress in this period.',
    columns: ['Day', 'Journal mood (1-10)', 'Session stress (0-100)'],
    rows: pairs.map((p) => [p.date, p.mood ?? 'none', shown(p.stress)]),
  };
}
