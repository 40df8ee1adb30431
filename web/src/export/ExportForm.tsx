import { useState } from 'react';
import { addDays, dayKey } from '../../../core/dashboard/days';
import { rangeProblem, type DateRange } from '../../../core/export/range';
import type { LocalRecords } from '../dashboard/figures';
import { csvExport, pdfExport } from './device-export';
import { downloadFile } from './download';

const today = () => dayKey(Date.now(), -new Date().getTimezoneOffset());

/** CSV and PDF of the person's own data for the days they choose, made on this device. */
export function ExportForm({ records }: { records: LocalRecords }) {
  const [range, setRange] = useState<DateRange>(() => ({
    from: addDays(today(), -29),
    to: today(),
  }));
  const [note, setNote] = useState<{ kind: 'error' | 'done'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (make: () => Promise<{ file: Blob; name: string }>) => {
    const problem = rangeProblem(range);
    if (problem) {
      setNote({ kind: 'error', text: problem });
      return;
    }
    setBusy(true);
    setNote(null);
    try {
      const { file, name } = await make();
      downloadFile(file, name);
      setNote({ kind: 'done', text: `Saved ${name}.` });
    } catch {
      setNote({ kind: 'error', text: 'The file could not be made. Please try again.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="dashboard-card dashboard-export" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <p>
        Your sessions, emotion readings, journal, feedback and flagged moments as a spreadsheet
        (CSV), or a readable report with charts (PDF). Made on this device; nothing is sent.
      </p>
      <div className="dashboard-export-fields">
        <label>
          From
          <input
            type="date"
            data-testid="export-from"
            value={range.from}
            max={range.to || undefined}
            onChange={(event) => setRange({ ...range, from: event.target.value })}
          />
        </label>
        <label>
          To
          <input
            type="date"
            data-testid="export-to"
            value={range.to}
            min={range.from || undefined}
            onChange={(event) => setRange({ ...range, to: event.target.value })}
          />
        </label>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          data-testid="export-csv"
          disabled={busy}
          onClick={() => void run(async () => csvExport(records, range))}
        >
          Download CSV
        </button>
        <button
          type="button"
          className="button button--primary"
          data-testid="export-pdf"
          disabled={busy}
          onClick={() => void run(() => pdfExport(records, range))}
        >
          Download PDF report
        </button>
      </div>
      <p
        role={note?.kind === 'error' ? 'alert' : 'status'}
        className={note?.kind === 'error' ? 'form-error' : 'dashboard-caption'}
        data-testid="export-note"
      >
        {note?.text}
      </p>
    </section>
  );
}
