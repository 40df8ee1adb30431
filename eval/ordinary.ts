import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import {
  detectCrisis,
  detectDanger,
  readCrisis,
  type CrisisLevel,
} from '../core/text/crisis/index';
import { raisedLevel } from '../core/text/encoder/heads';
import { encoderReadings, readHeads } from '../models/encoder/heads-node';

/**
 * The crisis detector's flag rate on ordinary text (sitcom lines, Reddit comments): how often a
 * companion would interrupt everyday talk with a crisis or support card. The held-out safety sets
 * are a third severe, so their precision says nothing of that rate. Rows read by a person and
 * labelled genuine risk (eval/data/ordinary-genuine-risk.csv) are left out of the rate and
 * listed with what the detector said of them.
 */

export const GENUINE_RISK_FILE = 'eval/data/ordinary-genuine-risk.csv';

export type OrdinaryDataset = 'meld' | 'goemotions';

export interface OrdinaryRow {
  id: string;
  text: string;
}

export interface GenuineRiskLabel {
  dataset: OrdinaryDataset;
  id: string;
  level: Exclude<CrisisLevel, 'none'>;
  reason: string;
}

/** Which part raised the level: the rules alone, the classifier above them, or the sentence encoder above both. */
export type FlagPath = 'rules' | 'classifier' | 'encoder';

export interface OrdinaryFlag {
  id: string;
  level: Exclude<CrisisLevel, 'none'>;
  path: FlagPath;
  reasons: string[];
  text: string;
}

interface Rate {
  count: number;
  percent: number;
  rules: number;
  classifier: number;
  encoder: number;
}

export interface OrdinaryEvaluation {
  data: string;
  dataset: OrdinaryDataset;
  /** Rows in the file. */
  rows: number;
  /** Rows counted: the file without the rows labelled genuine risk. */
  n: number;
  /** With the sentence encoder raising levels (as the device runs it), unless turned off. */
  severe: Rate;
  elevated: Rate;
  /** Rules and classifier alone, so the encoder's cost shows. */
  without_encoder?: {
    severe: { count: number; percent: number };
    elevated: { count: number; percent: number };
  };
  flagged: OrdinaryFlag[];
  /** Danger from another person (detectDanger), which shows its own lines: how often it fires. */
  danger: {
    count: number;
    percent: number;
    flagged: { id: string; kinds: string[]; text: string }[];
  };
  genuineRisk: { id: string; labelled: CrisisLevel; detected: CrisisLevel; reason: string }[];
}

/** MELD's `*_sent_emo.csv` (id: `Sr No.`) or GoEmotions' TSV (text, labels, comment id). */
export async function readOrdinaryText(
  path: string,
): Promise<{ dataset: OrdinaryDataset; rows: OrdinaryRow[] }> {
  const contents = await readFile(path, 'utf8');
  if (path.endsWith('.csv')) {
    const records: Record<string, string>[] = parse(contents, { columns: true, bom: true });
    if (!records[0] || !('Utterance' in records[0])) {
      throw new Error(`${path}: expected MELD's columns (Sr No., Utterance, ...)`);
    }
    // MELD's text comes from subtitles with mis-decoded quotes ("Iâ€™m"); they read as one.
    const rows = records.map((r) => ({
      id: r['Sr No.']!,
      text: r.Utterance!.replace(/â€™|â€˜/g, "'").replace(/â€œ|â€\x9d/g, '"'),
    }));
    return { dataset: 'meld', rows };
  }
  const rows = contents
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const [text, , id] = line.split('\t');
      if (text === undefined || !id)
        throw new Error(`${path} line ${i + 1}: need text\\tlabels\\tid`);
      return { id: id.trim(), text };
    });
  return { dataset: 'goemotions', rows };
}

/** The labelled genuine-risk rows: `dataset,id,level,reason`. */
export async function readGenuineRisk(path = GENUINE_RISK_FILE): Promise<GenuineRiskLabel[]> {
  if (!existsSync(path)) return [];
  const records: Record<string, string>[] = parse(await readFile(path, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
  return records.map((r, i) => {
    if (
      (r.dataset !== 'meld' && r.dataset !== 'goemotions') ||
      !r.id ||
      (r.level !== 'severe' && r.level !== 'elevated')
    ) {
      throw new Error(`${path} row ${i + 2}: need dataset (meld|goemotions), id, level`);
    }
    return { dataset: r.dataset, id: r.id, level: r.level, reason: r.reason ?? '' };
  });
}

const percent = (count: number, n: number) => Math.round((count / Math.max(1, n)) * 10000) / 100;

/** Runs detectCrisis over ordinary text and reports how often it flags, and through which part. */
export async function evaluateOrdinary(
  path: string,
  genuineRiskFile = GENUINE_RISK_FILE,
  { encoder = true }: { encoder?: boolean } = {},
): Promise<OrdinaryEvaluation> {
  const { dataset, rows } = await readOrdinaryText(path);
  const { thresholds } = readHeads().crisis;
  const readings = encoder ? await encoderReadings(rows.map((row) => row.text)) : undefined;
  const withoutEncoder: { level: CrisisLevel }[] = [];
  const labels = new Map(
    (await readGenuineRisk(genuineRiskFile))
      .filter((label) => label.dataset === dataset)
      .map((label) => [label.id, label]),
  );
  const flagged: OrdinaryFlag[] = [];
  const genuineRisk: OrdinaryEvaluation['genuineRisk'] = [];
  const danger: OrdinaryEvaluation['danger']['flagged'] = [];
  for (const [i, row] of rows.entries()) {
    const detected = detectCrisis(row.text);
    const reading = readings?.[i];
    const level = reading
      ? raisedLevel(detected.level, reading.crisis, thresholds)
      : detected.level;
    const reasons =
      level === detected.level
        ? detected.reasons
        : [
            ...detected.reasons,
            `sentence encoder raised it (p severe ${reading!.crisis[2]!.toFixed(2)})`,
          ];
    const label = labels.get(row.id);
    if (label) {
      genuineRisk.push({
        id: row.id,
        labelled: label.level,
        detected: level,
        reason: label.reason,
      });
      continue;
    }
    const { kinds } = detectDanger(row.text);
    if (kinds.length > 0) danger.push({ id: row.id, kinds: [...kinds], text: row.text });
    withoutEncoder.push({ level: detected.level });
    if (level === 'none') continue;
    const path: FlagPath =
      level !== detected.level
        ? 'encoder'
        : readCrisis(row.text).rules.level === level
          ? 'rules'
          : 'classifier';
    flagged.push({ id: row.id, level, path, reasons, text: row.text });
  }
  const n = rows.length - genuineRisk.length;
  const rate = (level: OrdinaryFlag['level']): Rate => {
    const at = flagged.filter((flag) => flag.level === level);
    return {
      count: at.length,
      percent: percent(at.length, n),
      rules: at.filter((flag) => flag.path === 'rules').length,
      classifier: at.filter((flag) => flag.path === 'classifier').length,
      encoder: at.filter((flag) => flag.path === 'encoder').length,
    };
  };
  const rateWithout = (level: OrdinaryFlag['level']) => {
    const count = withoutEncoder.filter((row) => row.level === level).length;
    return { count, percent: percent(count, n) };
  };
  return {
    data: path,
    dataset,
    rows: rows.length,
    n,
    severe: rate('severe'),
    elevated: rate('elevated'),
    ...(readings && {
      without_encoder: { severe: rateWithout('severe'), elevated: rateWithout('elevated') },
    }),
    flagged,
    danger: { count: danger.length, percent: percent(danger.length, n), flagged: danger },
    genuineRisk,
  };
}
