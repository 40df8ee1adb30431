/** Page model for /dashboard: its cards, the period, and the export's downloads. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export class DashboardPageModel {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens the page by its address (the Dashboard link belongs to the header). */
  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/dashboard`);
    await this.root().getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await this.page.getByTestId('export-csv').waitFor();
  }

  root() {
    return this.page.getByTestId('dashboard');
  }

  section(name: string) {
    return this.page.getByTestId(`dashboard-${name}`);
  }

  async setRange(from: string, to: string): Promise<void> {
    await this.page.getByTestId('export-from').fill(from);
    await this.page.getByTestId('export-to').fill(to);
  }

  /** Clicks a download button and returns the file's name and bytes. */
  async download(format: 'csv' | 'pdf'): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId(`export-${format}`).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }
}
