/**
 * The PDF report on the server: the same summary and layout as the device's (core/export), from
 * the synced records. The server draws no charts (there is no canvas in it); the device's PDF has
 * them. jsPDF is loaded on first use, so a server that never writes a PDF never loads it.
 */
import { dayKey } from '../../../core/dashboard/days';
import { layoutReport } from '../../../core/export/pdf-layout';
import type { DateRange } from '../../../core/export/range';
import type { ExportRecords } from '../../../core/export/records';
import { reportSummary, summarySections } from '../../../core/export/summary';
import type { UserExport } from './collect';

/** The synced tables as the report reads them; the server holds no crisis moments. */
export function reportRecords(data: UserExport): ExportRecords {
  const table = <K extends keyof ExportRecords>(name: K) =>
    (data.tables[name] ?? []) as unknown as ExportRecords[K];
  return {
    sessions: table('sessions'),
    emotion_logs: table('emotion_logs'),
    journal_entries: table('journal_entries'),
    feedback: table('feedback'),
    crisis_events: [],
  };
}

/** Without a range the report covers everything: the first record's day to today. */
export function wholeRange(records: ExportRecords, now: number, offsetMinutes: number): DateRange {
  const times = [
    ...records.sessions.map((s) => s.started_at),
    ...records.emotion_logs.map((l) => l.recorded_at),
    ...records.journal_entries.map((e) => e.occurred_at),
    ...records.feedback.map((f) => f.created_at),
  ].map((iso) => Date.parse(iso));
  const first = Math.min(now, ...times);
  return { from: dayKey(first, offsetMinutes), to: dayKey(now, offsetMinutes) };
}

export async function exportToPdf(
  records: ExportRecords,
  range: DateRange,
  now: number,
  offsetMinutes: number,
): Promise<ArrayBuffer> {
  const { jsPDF } = await import('jspdf');
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  doc.setProperties({ title: `RIVION report ${range.from} to ${range.to}`, creator: 'RIVION' });
  const summary = reportSummary(records, range, now, offsetMinutes);
  layoutReport(doc, 'RIVION report', summarySections(summary));
  return doc.output('arraybuffer');
}
