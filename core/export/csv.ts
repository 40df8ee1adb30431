/**
 * CSV as a spreadsheet reads it: one section per table (a `# name` line, a header row, the rows),
 * CRLF line ends, quoting per RFC 4180, and text that would run as a formula defused. The device's
 * export and the server's use the same cells.
 */
import type { DateRange } from './range';
import type { ExportRecords } from './records';

export type CsvRecord = object;

/** One section: the columns are every key any record has, in first-seen order. */
export function csvSection(name: string, records: readonly CsvRecord[]): string {
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const lines = [`# ${name}`, columns.map(csvCell).join(',')];
  for (const record of records) {
    const cells = record as Record<string, unknown>;
    lines.push(columns.map((column) => csvCell(cells[column])).join(','));
  }
  return lines.join('\r\n') + '\r\n';
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  // Text starting with = + - @ would run as a formula in a spreadsheet; a number such as -0.4
  // is data, so only strings are defused.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The device's export: sessions, emotion readings, journal, feedback and crisis moments. */
export function exportRecordsToCsv(records: ExportRecords, range: DateRange): string {
  const sections = [
    csvSection('sessions', records.sessions),
    csvSection('emotion_logs', records.emotion_logs),
    csvSection('journal_entries', records.journal_entries),
    csvSection('feedback', records.feedback),
    csvSection('crisis_events', records.crisis_events),
  ];
  return `# RIVION export ${range.from} to ${range.to}\r\n\r\n${sections.join('\r\n')}`;
}

/** The file name the contract gives both downloads. */
export function exportFileName(range: DateRange, extension: 'csv' | 'pdf'): string {
  return `rivion-${range.from}-to-${range.to}.${extension}`;
}
