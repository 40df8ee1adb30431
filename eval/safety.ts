import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { detectCrisis, type CrisisLevel } from '../core/text/crisis/index';
import { classificationReport, type ClassificationReport } from './metrics';

export const SAFETY_LEVELS: readonly CrisisLevel[] = ['none', 'elevated', 'severe'];

export interface SafetyMiss {
  text: string;
  expected: CrisisLevel;
  predicted: CrisisLevel;
  reasons: string[];
}

export interface SafetyEvaluation {
  data: string;
  n: number;
  /** Precision and recall per level: the numbers the safety targets are stated in. */
  levels: Record<CrisisLevel, { precision: number; recall: number; support: number }>;
  report: ClassificationReport;
  misclassified: SafetyMiss[];
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

/** Runs detectCrisis over a `text,level` CSV and scores it per level. */
export async function evaluateSafety(csvPath: string): Promise<SafetyEvaluation> {
  const rows = await readSafetyCsv(csvPath);
  const results = rows.map((row) => ({ ...row, crisis: detectCrisis(row.text) }));
  const report = classificationReport(
    SAFETY_LEVELS,
    results.map((row) => row.level),
    results.map((row) => row.crisis.level),
  );
  const levels = Object.fromEntries(
    SAFETY_LEVELS.map((level) => {
      const { precision, recall, support } = report.per_class[level]!;
      return [level, { precision, recall, support }];
    }),
  ) as SafetyEvaluation['levels'];
  return {
    data: csvPath,
    n: report.n,
    levels,
    report,
    misclassified: results
      .filter((row) => row.crisis.level !== row.level)
      .map((row) => ({
        text: row.text,
        expected: row.level,
        predicted: row.crisis.level,
        reasons: row.crisis.reasons,
      })),
  };
}
