/**
 * CSV rendering of an export: one section per table (a `# name` line, a header row, the rows),
 * readable in any spreadsheet. The cells are core/export/csv.ts's, as in the device's export.
 */
import { csvSection } from '../../../core/export/csv';
import type { UserExport } from './collect';

export function exportToCsv(data: UserExport): string {
  const sections = [csvSection('profile', [data.profile])];
  for (const [name, records] of Object.entries(data.tables))
    sections.push(csvSection(name, records));
  const range = data.date_range ? ` ${data.date_range.from} to ${data.date_range.to}` : '';
  return `# RIVION export ${data.exported_at}${range}\r\n\r\n${sections.join('\r\n')}`;
}
