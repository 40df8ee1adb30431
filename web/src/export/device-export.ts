/**
 * The dashboard's export, made on this device from what it holds: no request leaves the page.
 * CSV holds the records; the PDF a readable summary and the charts (drawn off-screen in light
 * colours, as PNGs). The summary and the layout are core's, which the server's PDF uses too.
 */
import { exportFileName, exportRecordsToCsv } from '../../../core/export/csv';
import { layoutReport, type ReportChart } from '../../../core/export/pdf-layout';
import type { DateRange } from '../../../core/export/range';
import { recordsInRange } from '../../../core/export/records';
import { reportSummary, summarySections } from '../../../core/export/summary';
import type { LocalRecords } from '../dashboard/figures';
import { suggestionName } from '../dashboard/suggestion-name';
import { reportCharts } from './report-charts';

const offsetMinutes = () => -new Date().getTimezoneOffset();

export function csvExport(records: LocalRecords, range: DateRange): { file: Blob; name: string } {
  const csv = exportRecordsToCsv(recordsInRange(records, range, offsetMinutes()), range);
  return {
    file: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    name: exportFileName(range, 'csv'),
  };
}

export async function pdfExport(
  records: LocalRecords,
  range: DateRange,
): Promise<{ file: Blob; name: string }> {
  // Loaded when asked for: jsPDF is the largest part of the dashboard's code.
  const { jsPDF } = await import('jspdf');
  const summary = reportSummary(records, range, Date.now(), offsetMinutes());
  const charts: ReportChart[] = await reportCharts(summary, offsetMinutes());
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  doc.setProperties({ title: `RIVION report ${range.from} to ${range.to}`, creator: 'RIVION' });
  layoutReport(doc, 'RIVION report', summarySections(summary, suggestionName), charts);
  return { file: doc.output('blob'), name: exportFileName(range, 'pdf') };
}
