/**
 * The privacy page and the retention period as a person meets them: the page names the period
 * they chose, session data older than it leaves this device on the next start, the journal
 * stays, and delete-all waits for a connection with a sentence, then empties the device.
 */
import { describe, expect, it } from 'vitest';
import { useAppUnderTest } from './support/fixture';
import { newAccount, RivionApp } from './pages/app';

const DAY = 24 * 60 * 60 * 1000;

/** Puts an emotion reading `daysAgo` old straight into this device's database. */
async function storeOldReading(app: RivionApp, id: string, daysAgo: number) {
  await app.page.evaluate(
    async ({ id, recordedAt }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('rivion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('emotion_logs', 'readwrite');
      tx.objectStore('emotion_logs').put({
        table: 'emotion_logs',
        id,
        hlc: '0000000000a-0000-device',
        deleted: false,
        data: { session_id: crypto.randomUUID(), recorded_at: recordedAt },
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { id, recordedAt: new Date(Date.now() - daysAgo * DAY).toISOString() },
  );
}

async function storedReadingIds(app: RivionApp): Promise<string[]> {
  return app.page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('rivion');
      request.onsuccess = () => resolve(request.result);
    });
    const keys = await new Promise<IDBValidKey[]>((resolve) => {
      const request = db.transaction('emotion_logs').objectStore('emotion_logs').getAllKeys();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    return keys.map(String).sort();
  });
}

describe('privacy and retention', () => {
  const env = useAppUnderTest();

  it('names the chosen period, deletes older session data on the device, and deletes everything on request', async () => {
    const context = await env.browser.newContext();
    const app = new RivionApp(await context.newPage(), env.server.url);
    await app.signUp(newAccount());
    await app.writeEntry({ mood: 4, text: 'An old worry, written down.', tags: [] });

    await app.openSettings();
    await app.page.getByLabel('Keep my data for (days)').fill('30');
    await app.page.getByRole('button', { name: 'Save preferences' }).click();
    await app.page.getByText('Saved.').first().waitFor();

    await storeOldReading(app, 'reading-40-days', 40);
    await storeOldReading(app, 'reading-10-days', 10);
    await app.open('/privacy');
    await expect
      .poll(() => app.page.getByTestId('privacy-retention').innerText())
      .toMatch(/deleted after 30 days, on the server and on this device/);
    await expect.poll(() => storedReadingIds(app)).toEqual(['reading-10-days']);
    expect(await app.page.getByText('emotion_logs').count()).toBeGreaterThan(0);

    await context.setOffline(true);
    await app.page.getByText('Deleting your data everywhere needs a connection').waitFor();
    expect(await app.page.getByTestId('delete-all-data').isDisabled()).toBe(true);
    await context.setOffline(false);
    await expect.poll(() => app.page.getByTestId('delete-all-data').isDisabled()).toBe(false);
    app.page.once('dialog', (dialog) => void dialog.accept());
    await app.page.getByTestId('delete-all-data').click();
    await expect.poll(() => storedReadingIds(app)).toEqual([]);
    await app.openJournal();
    await app.waitForEntries(0);
    await context.close();
  });
});
