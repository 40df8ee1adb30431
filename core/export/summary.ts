/**
 * The readable summary of a report (the PDF's text, on the device and on the server): range,
 * sessions, mean and peak stress, dominant emotions, burnout level and factors, and the
 * suggestions that helped. Figures come from core/dashboard and core/burnout, as the dashboard's.
 */
import { estimateBurnoutRisk } from '../burnout/estimate';
import type { BurnoutEstimate } from '../burnout/types';
import { emotionDistribution, type EmotionDistribution } from '../dashboard/distribution';
import { aggregate, sessionFigures } from '../dashboard/readings';
import { dashboardInputs } from '../dashboard/records';
import { suggestionEffectiveness, type SuggestionEffectiveness } from '../dashboard/suggestions';
import { summarizeDashboard, type DashboardSummary } from '../dashboard/summary';
import { rangePeriod, type DateRange } from './range';
import { recordsInRange, type ExportRecords } from './records';

export interface ReportSummary {
  range: DateRange;
  dashboard: DashboardSummary;
  peakStress: number | null;
  distribution: EmotionDistribution;
  burnout: BurnoutEstimate;
  /** Every kind of suggestion answered in the range. */
  effectiveness: SuggestionEffectiveness[];
  /** Kinds of suggestion answered helpful at least once, most helpful first. */
  helped: SuggestionEffectiveness[];
  journalEntries: number;
  /** Mean journal mood 1-10, one decimal; null without entries. */
  meanMood: number | null;
  crisisEvents: number;
}

/**
 * `records` are all the person's records (the burnout estimate looks 30 days back from the end of
 * the range); the figures count only what falls inside the range.
 */
export function reportSummary(
  records: ExportRecords,
  range: DateRange,
  now: number,
  offsetMinutes = 0,
): ReportSummary {
  const period = rangePeriod(range, now, offsetMinutes);
  const inputs = dashboardInputs(
    {
      sessions: records.sessions,
      emotionLogs: records.emotion_logs,
      journal: records.journal_entries,
    },
    offsetMinutes,
  );
  const at = period.toMs;
  const dashboard = summarizeDashboard({ ...inputs, now: at }, period);
  const inside = recordsInRange(records, range, offsetMinutes);
  const buckets = inputs.buckets.filter((b) => b.day >= range.from && b.day <= range.to);
  const burnout = estimateBurnoutRisk({
    sessions: sessionFigures(inputs.sessions, inputs.buckets).filter((s) => s.startedAt <= at),
    journal: inputs.journal.filter((e) => e.at <= at),
    now: at,
  });
  const moods = inside.journal_entries.map((e) => e.mood);
  const effectiveness = suggestionEffectiveness(
    inside.feedback.map((f) => ({
      suggestionType: f.suggestion_type,
      wasHelpful: f.was_helpful,
      rating: f.rating,
    })),
  );
  return {
    range,
    dashboard,
    peakStress: aggregate(buckets).peakStress,
    distribution: emotionDistribution(buckets),
    burnout,
    effectiveness,
    helped: [...effectiveness]
      .filter((s) => s.helpful > 0)
      .sort((a, b) => (b.helpful_rate ?? 0) - (a.helpful_rate ?? 0) || b.helpful - a.helpful),
    journalEntries: moods.length,
    meanMood: moods.length
      ? Math.round((moods.reduce((a, b) => a + b, 0) / moods.length) * 10) / 10
      : null,
    crisisEvents: inside.crisis_events.length,
  };
}

const LEVEL_WORDS = { low: 'Low', medium: 'Medium', high: 'High' } as const;

/** A suggestion kind as a person reads it when no nicer name is given ('box_breathing' → 'box breathing'). */
export const plainSuggestionName = (type: string) => type.replace(/_/g, ' ');

export interface SummarySection {
  heading: string;
  lines: string[];
}

/**
 * The summary in plain sentences, ASCII only so the PDF's standard fonts show every character.
 * `nameOf` names a kind of suggestion (the app passes its own names).
 */
export function summarySections(
  summary: ReportSummary,
  nameOf: (type: string) => string = plainSuggestionName,
): SummarySection[] {
  const { dashboard: d, burnout } = summary;
  const days = dayCount(summary.range);
  const overview = [
    `Range: ${summary.range.from} to ${summary.range.to} (${days} ${days === 1 ? 'day' : 'days'})`,
    `Sessions: ${d.sessions_count} (${d.total_minutes} ${d.total_minutes === 1 ? 'minute' : 'minutes'})`,
    d.mean_stress === null
      ? 'Stress: no stress readings in this range'
      : `Stress: mean ${Math.round(d.mean_stress)} of 100, peak ${summary.peakStress ?? Math.round(d.mean_stress)} of 100`,
    d.dominant_emotions.length
      ? `Dominant emotions: ${d.dominant_emotions.map((e) => `${e.emotion} ${Math.round(e.share)}%`).join(', ')}`
      : 'Dominant emotions: none read in this range',
    summary.meanMood === null
      ? `Journal: no entries in this range`
      : `Journal: ${summary.journalEntries} ${summary.journalEntries === 1 ? 'entry' : 'entries'}, mean mood ${summary.meanMood} of 10`,
    `Crisis moments flagged: ${summary.crisisEvents}`,
  ];
  const burnoutLines =
    burnout.status === 'not_enough_data'
      ? [`Burnout risk: not enough data yet. ${burnout.message}`]
      : [
          `Burnout risk: ${LEVEL_WORDS[burnout.level]} (${burnout.score} of 100)`,
          ...burnout.factors.map((f) => `Factor: ${f.sentence}`),
          ...burnout.recommendations.map((r) => `Advice: ${r.sentence}`),
          'This is a summary of your own figures, not a diagnosis.',
        ];
  const helped = summary.helped.length
    ? summary.helped.map(
        (s) =>
          `Suggestions that helped: ${nameOf(s.suggestion_type)} (helpful ${s.helpful} of ${s.rated}${s.mean_rating === null ? '' : `, mean rating ${s.mean_rating} of 5`})`,
      )
    : ['Suggestions that helped: none rated helpful in this range'];
  return [
    { heading: 'Summary', lines: overview },
    { heading: 'Burnout risk', lines: burnoutLines },
    { heading: 'What helped', lines: helped },
  ].map((section) => ({ ...section, lines: section.lines.map(asciiOnly) }));
}

const dayCount = (range: DateRange) =>
  Math.round((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000) + 1;

/** Typographic quotes and dashes to their ASCII forms; anything else outside ASCII dropped. */
function asciiOnly(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[^\x20-\x7e]/g, '');
}
