/**
 * The dashboard as a person meets it: empty at first and saying what will appear, then after a
 * text-only conversation and a journal entry showing them; the CSV and the PDF made on the device
 * hold what was said; and offline the page still renders from the device's data.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../edge-api/src/testing/pdf-text';
import { seriousAxeViolations } from './support/axe';
import { recordRequests } from './support/browser';
import { useAppUnderTest } from './support/fixture';
import { CallPageModel } from './pages/call';
import { DashboardPageModel } from './pages/dashboard';
import { newAccount, RivionApp } from './pages/app';

/** The rows of one `# name` section of the export's CSV. */
function csvSection(csv: string, name: string): Record<string, string>[] {
  const start = csv.indexOf(`# ${name}\r\n`) + `# ${name}\r\n`.length;
  const end = csv.indexOf('\r\n# ', start);
  return parse(csv.slice(start, end === -1 ? undefined : end), { columns: true });
}

describe('the dashboard', () => {
  const env = useAppUnderTest();

  it('is empty for a new person, then shows their call and journal, exports them, and works offline', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    const requests = recordRequests(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const app = new RivionApp(page, env.server.url);
    const dashboard = new DashboardPageModel(page, env.server.url);
    await app.signUp(newAccount());

    await dashboard.open();
    await expect
      .poll(() => dashboard.section('empty').innerText())
      .toMatch(/after your first call/i);
    expect(await dashboard.section('stress-gauge').count()).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const call = new CallPageModel(page, env.server.url);
    await call.open();
    await call.startCall();
    await call.send('Work has been a lot this week and the deadline keeps moving.');
    await call.send('I feel tense and I cannot switch off in the evening.');
    await call.endCall();
    await app.openJournal();
    await app.writeEntry({
      mood: 7,
      text: 'A calmer evening, "finally", with a walk',
      tags: ['walk'],
    });

    await dashboard.open();
    expect(await dashboard.section('empty').count()).toBe(0);
    for (const name of [
      'stress-gauge',
      'timeline',
      'trend',
      'distribution',
      'burnout',
      'effectiveness',
      'journal-stress',
      'crisis-events',
    ]) {
      await dashboard.section(name).waitFor();
    }
    // The conversation is there to pick, with its readings as a chart and a table.
    await expect
      .poll(() => page.getByTestId('dashboard-session-select').locator('option').count())
      .toBe(1);
    expect(await dashboard.section('timeline').locator('canvas[role="img"]').count()).toBe(1);
    expect(await dashboard.section('timeline').locator('table tbody tr').count()).toBeGreaterThan(
      0,
    );
    expect(await dashboard.section('burnout').innerText()).toMatch(/after 2 more sessions/);
    // The journal's mood sits beside the day's stress.
    expect(
      await dashboard.section('journal-stress').locator('table tbody tr').first().innerText(),
    ).toMatch(/\t7\t/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    // Nothing reaches past a 360 px phone's screen.
    await page.setViewportSize({ width: 360, height: 740 });
    // Charts follow their box on the next resize observation.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 800 });
    await dashboard.section('trend').getByRole('button', { name: '30 days' }).click();
    await expect
      .poll(() => dashboard.section('trend').getByRole('heading').innerText())
      .toBe('Stress over the last 30 days');

    // The export: made on the device, no request for it.
    const today = await page.evaluate(() => {
      const now = new Date();
      return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
    });
    await dashboard.setRange(today, today);
    const before = requests.length;
    const csv = await dashboard.download('csv');
    expect(csv.name).toBe(`rivion-${today}-to-${today}.csv`);
    const text = csv.bytes.toString('utf8');
    expect(csvSection(text, 'sessions')).toHaveLength(1);
    expect(csvSection(text, 'emotion_logs').length).toBeGreaterThan(0);
    expect(csvSection(text, 'journal_entries')).toEqual([
      expect.objectContaining({
        mood: '7',
        text: 'A calmer evening, "finally", with a walk',
        tags: '["walk"]',
      }),
    ]);

    const pdf = await dashboard.download('pdf');
    expect(pdf.name).toBe(`rivion-${today}-to-${today}.pdf`);
    const lines = await pdfText(pdf.bytes);
    expect(lines).toEqual(
      expect.arrayContaining([
        'RIVION report',
        `Range: ${today} to ${today} (1 day)`,
        'Journal: 1 entry, mean mood 7 of 10',
        'Crisis moments flagged: 0',
      ]),
    );
    expect(lines.join('\n')).toMatch(/^Sessions: 1 \(/m);
    expect(lines.join('\n')).toMatch(/^Burnout risk: not enough data yet/m);
    expect(lines.join('\n')).not.toContain('calmer evening');
    const exportRequests = requests.slice(before).filter((r) => r.url().includes('/api/'));
    expect(exportRequests.map((r) => r.url())).not.toContainEqual(
      expect.stringContaining('/export'),
    );

    // A backwards range is a sentence, not a file.
    await dashboard.setRange(today, '2020-01-01');
    await page.getByTestId('export-csv').click();
    await expect
      .poll(() => page.getByTestId('export-note').innerText())
      .toMatch(/first day must not be after the last day/i);

    // Offline, from the device's own data.
    await app.waitUntilOfflineReady();
    await context.setOffline(true);
    await page.reload();
    await dashboard.section('timeline').waitFor();
    expect(await page.getByTestId('dashboard-session-select').locator('option').count()).toBe(1);
    // The report too: jsPDF is in the offline cache.
    await dashboard.setRange(today, today);
    const offlinePdf = await dashboard.download('pdf');
    expect(await pdfText(offlinePdf.bytes)).toContain('Journal: 1 entry, mean mood 7 of 10');
    await context.setOffline(false);

    expect(errors).toEqual([]);
    for (const request of requests) {
      const url = new URL(request.url());
      if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
      expect(url.origin, request.url()).toBe(env.server.url);
    }
    await context.close();
  });
});
