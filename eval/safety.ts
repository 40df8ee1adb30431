import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { detectCrisis, type CrisisLevel } from '../core/text/crisis/index';
import { raisedLevel } from '../core/text/encoder/heads';
import { encoderReadings, HEADS_FILE, readHeads } from '../models/encoder/heads-node';
import { classificationReport, type ClassificationReport } from './metrics';

export const SAFETY_LEVELS: readonly CrisisLevel[] = ['none', 'elevated', 'severe'];

export interface SafetyMiss {
  text: string;
  expected: CrisisLevel;
  predicted: CrisisLevel;
  reasons: string[];
}

type LevelScores = Record<CrisisLevel, { precision: number; recall: number; support: number }>;

export interface SafetyEvaluation {
  data: string;
  n: number;
  /** The detector as the device runs it: rules and classifier, raised by the sentence encoder. */
  detector: string;
  /** Precision and recall per level: the numbers the safety targets are stated in. */
  levels: LevelScores;
  report: ClassificationReport;
  /** The same without the encoder (rules and classifier only, as the server runs them), so its gain shows. */
  without_encoder?: { levels: LevelScores; report: ClassificationReport };
  /** Messages whose level the encoder raised, and how many of those the set labels that high. */
  encoder_raised?: { count: number; correct: number };
  misclassified: SafetyMiss[];
}

export interface SafetyOptions {
  /** Raise levels with the sentence encoder's crisis head (default), as the text worker does. */
  encoder?: boolean;
}

const RANK: Record<CrisisLevel, number> = { none: 0, elevated: 1, severe: 2 };

function levelScores(report: ClassificationReport): LevelScores {
  return Object.fromEntries(
    SAFETY_LEVELS.map((level) => {
      const { precision, recall, support } = report.per_class[level]!;
      return [level, { precision, recall, support }];
    }),
  ) as LevelScores;
}

const isLevel = (value: string): value is CrisisLevel =>
  (SAFETY_LEVELS as readonly string[]).includes(value);

/** Reads a `text,level` CSV (header required, RFC 4180 quoting). */
export async function readSafetyCsv(
  csvPath: string,
): Promise<{ text: string; level: CrisisLevel }[]> {
  const rows: Record<string, string>[] = parse(await readFile(csvPath, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: false,
  });
  return rows.map((row, i) => {
    const level = (row.level ?? '').trim();
    if (row.text === undefined || !isLevel(level)) {
      throw new Error(`${csvPath} row ${i + 2}: need text and level (none|elevated|severe)`);
    }
    return { text: row.text, level };
  });
}

/** Runs detectCrisis (and the sentence encoder, unless turned off) over a `text,level` CSV. */
export async function evaluateSafety(
  csvPath: string,
  { encoder = true }: SafetyOptions = {},
): Promise<SafetyEvaluation> {
  const rows = await readSafetyCsv(csvPath);
  const results = rows.map((row) => ({ ...row, crisis: detectCrisis(row.text) }));
  const { thresholds } = readHeads().crisis;
  const readings = encoder ? await encoderReadings(rows.map((row) => row.text)) : undefined;
  const final = results.map((row, i) => {
    const reading = readings?.[i];
    if (!reading) return { level: row.crisis.level, reasons: row.crisis.reasons };
    const level = raisedLevel(row.crisis.level, reading.crisis, thresholds);
    if (level === row.crisis.level) return { level, reasons: row.crisis.reasons };
    const p = reading.crisis.map((x) => x.toFixed(2)).join('/');
    return { level, reasons: [...row.crisis.reasons, `sentence encoder raised it (p ${p})`] };
  });
  const scored = (levels: CrisisLevel[]) =>
    classificationReport(
      SAFETY_LEVELS,
      results.map((row) => row.level),
      levels,
    );
  const report = scored(final.map((f) => f.level));
  const baseline = scored(results.map((row) => row.crisis.level));
  const raised = final
    .map((f, i) => ({ f, row: results[i]! }))
    .filter(({ f, row }) => f.level !== row.crisis.level);
  return {
    data: csvPath,
    n: report.n,
    detector: encoder
      ? `rules + classifier, raised by the sentence encoder (${HEADS_FILE})`
      : 'rules + classifier (no encoder)',
    levels: levelScores(report),
    report,
    ...(encoder && {
      without_encoder: { levels: levelScores(baseline), report: baseline },
      encoder_raised: {
        count: raised.length,
        correct: raised.filter(({ f, row }) => RANK[row.level] >= RANK[f.level]).length,
      },
    }),
    misclassified: results
      .map((row, i) => ({ row, f: final[i]! }))
      .filter(({ row, f }) => f.level !== row.level)
      .map(({ row, f }) => ({
        text: row.text,
        expected: row.level,
        predicted: f.level,
        reasons: f.reasons,
      })),
  };
}
