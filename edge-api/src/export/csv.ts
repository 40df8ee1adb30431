/**
 * CSV rendering of an export: one section per table (a `# name` line, a header row, the rows),
 * readable in any spreadsheet.
 */
import type { ExportRecord, UserExport } from './collect';

export function exportToCsv(data: UserExport): string {
  const sections = [section('profile', [data.profile])];
  for (const [name, records] of Object.entries(data.tables)) sections.push(section(name, records));
  return `# RIVION export ${data.exported_at}\r\n\r\n${sections.join('\r\n')}`;
}

function section(name: string, records: ExportRecord[]): string {
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const lines = [`# ${name}`, columns.map(cell).join(',')];
  for (const record of records) lines.push(columns.map((column) => cell(record[column])).join(','));
  return lines.join('\r\n') + '\r\n';
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  // A cell starting with = + - @ would run as a formula when the file is opened in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
