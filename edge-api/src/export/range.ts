/**
 * An export narrowed to a date range (the report's `date_range`): each synced record kept by its
 * own time, the daily statistics by their day. The profile is always included.
 */
import { instantInRange, type DateRange } from '../../../core/export/range';
import type { ExportRecord, UserExport } from './collect';

/** The field that says when each table's record happened. */
const WHEN: Record<string, string> = {
  journal_entries: 'occurred_at',
  sessions: 'started_at',
  messages: 'created_at',
  emotion_logs: 'recorded_at',
  feedback: 'created_at',
};

export function exportInRange(
  data: UserExport,
  range: DateRange,
  offsetMinutes: number,
): UserExport {
  const tables: Record<string, ExportRecord[]> = {};
  for (const [name, records] of Object.entries(data.tables)) {
    const field = WHEN[name];
    tables[name] = records.filter((record) => {
      if (name === 'emotion_statistics') {
        const date = String(record.date);
        return date >= range.from && date <= range.to;
      }
      const at = field ? record[field] : undefined;
      return typeof at === 'string' && instantInRange(at, range, offsetMinutes);
    });
  }
  return { ...data, date_range: range, tables };
}
