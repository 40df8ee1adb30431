/** The CSV builder is core's (the server's export uses its cells too); parsed here with csv-parse, which core/ may not import. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, exportFileName, exportRecordsToCsv } from '../../../core/export/csv';
import { recordsInRange } from '../../../core/export/records';
import { HISTORY } from '../../../core/export/testing';

/** The rows of one `# name` section, parsed as a spreadsheet would. */
function section(csv: string, name: string): Record<string, string>[] {
  const start = csv.indexOf(`# ${name}\r\n`) + `# ${name}\r\n`.length;
  const end = csv.indexOf('\r\n# ', start);
  return parse(csv.slice(start, end === -1 ? undefined : end), { columns: true });
}

describe('the device’s CSV export', () => {
  const range = { from: '2026-03-01', to: '2026-03-03' };
  const csv = exportRecordsToCsv(recordsInRange(HISTORY, range), range);

  it('has every table, each record once, inside the range only', () => {
    expect(csv.startsWith('# RIVION export 2026-03-01 to 2026-03-03\r\n')).toBe(true);
    expect(section(csv, 'sessions')).toHaveLength(2);
    expect(section(csv, 'emotion_logs').map((row) => row.stress_score)).toEqual(['70', '50', '20']);
    expect(section(csv, 'feedback').map((row) => row.suggestion_type)).toEqual([
      'box_breathing',
      'short_walk',
    ]);
    expect(section(csv, 'crisis_events')).toEqual([
      {
        id: 'c1',
        at: '2026-03-03T18:03:00.000Z',
        level: 'elevated',
        reason: 'hopelessness',
        source: 'chat',
      },
    ]);
    // The entry of 4 March is outside the range.
    expect(section(csv, 'journal_entries')).toHaveLength(1);
  });

  it('keeps the person’s words exact through quotes, commas and line breaks', () => {
    const [entry] = section(csv, 'journal_entries');
    expect(entry).toMatchObject({
      mood: '4',
      text: 'Long day, "tired", but ok\nSecond line',
      tags: '["work","sleep"]',
    });
  });

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-0.4)).toBe('-0.4');
    expect(csvCell(null)).toBe('');
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
  });

  it('names the file after the range', () => {
    expect(exportFileName(range, 'csv')).toBe('rivion-2026-03-01-to-2026-03-03.csv');
    expect(exportFileName(range, 'pdf')).toBe('rivion-2026-03-01-to-2026-03-03.pdf');
  });
});
