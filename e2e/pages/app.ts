/** Page models for the RIVION PWA: what a person does, in the words of the UI. */
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';

export interface Account {
  email: string;
  username: string;
  password: string;
}

export interface EntryInput {
  mood: number;
  text: string;
  tags: string[];
}

export function newAccount(): Account {
  const id = Math.random().toString(36).slice(2, 10);
  return {
    email: `e2e-${id}@example.com`,
    username: `tester ${id}`,
    password: 'correct horse battery',
  };
}

export class RivionApp {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(path = '/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
  }

  async signUp(account: Account): Promise<void> {
    await this.open('/signup');
    await this.page.getByTestId('signup-email').fill(account.email);
    await this.page.getByTestId('signup-username').fill(account.username);
    await this.page.getByTestId('signup-password').fill(account.password);
    await this.page.getByTestId('signup-consent').check();
    await this.page.getByTestId('signup-submit').click();
    await this.skipWelcome();
    await this.openJournal();
  }

  /** The first-run welcome after sign-up: skipped, which lands on the call. */
  async skipWelcome(): Promise<void> {
    await this.page.getByTestId('welcome-skip').click();
    await this.page.waitForURL(/\/call$/);
  }

  async signIn(account: Account): Promise<void> {
    await this.open('/signin');
    await this.page.getByTestId('signin-email').fill(account.email);
    await this.page.getByTestId('signin-password').fill(account.password);
    await this.page.getByTestId('signin-submit').click();
    await this.openJournal();
  }

  /** Resolves once a service worker controls the page, i.e. the app shell is cached. */
  async waitUntilOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller) return;
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    });
  }

  async writeEntry(entry: EntryInput): Promise<void> {
    await this.page.getByTestId('journal-new').click();
    await this.page.getByTestId(`entry-mood-${entry.mood}`).click();
    await this.page.getByTestId('entry-text').fill(entry.text);
    await this.page.getByTestId('entry-tags').fill(entry.tags.join(', '));
    await this.page.getByTestId('entry-save').click();
    await this.page.getByTestId('journal-entry').filter({ hasText: entry.text }).waitFor();
  }

  entries() {
    return this.page.getByTestId('journal-entry');
  }

  /** The helplines panel the journal shows after a worrying entry is saved. */
  crisisResources() {
    return this.page.getByTestId('crisis-resources');
  }

  /** Waits until the journal has checked `count` saved entries for crisis or danger language. */
  async waitForSafetyChecks(count: number): Promise<void> {
    await this.page.locator(`.journal[data-safety-checked="${count}"]`).waitFor();
  }

  /** The card of the entry whose text contains `text`. */
  entry(text: string) {
    return this.entries().filter({ hasText: text });
  }

  /** Opens the entry's edit form; the returned locator is that form. */
  async editEntry(text: string) {
    await this.entry(text).getByTestId('entry-edit').click();
    return this.page.getByRole('form', { name: 'Edit entry' });
  }

  async openJournal(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journal' })
      .click();
    await this.page.getByTestId('journal-new').waitFor();
  }

  async openSettings(): Promise<void> {
    await this.page.getByTestId('settings-link').click();
    await this.page.getByTestId('signout').waitFor();
  }

  /** Waits until the signed-out pages show. */
  async waitUntilSignedOut(): Promise<void> {
    await this.page.getByTestId('signin-email').or(this.page.getByTestId('signup-email')).waitFor();
  }

  /**
   * Writes a journal change into this device's database as the app would (record and outbox
   * entry in one transaction), but without the form's checks: how data the server refuses gets
   * onto a device (an older app version, another client). Reload for the page to see it.
   */
  async writeUncheckedEntry(
    id: string,
    data: { mood: number; text: string; tags: string[]; occurred_at: string },
  ): Promise<void> {
    await this.page.evaluate(
      async ({ id, data }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('rivion');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = db.transaction(['journal_entries', 'outbox', 'meta'], 'readwrite');
        const node = await new Promise<string>((resolve) => {
          const request = tx.objectStore('meta').get('client_id');
          request.onsuccess = () => resolve((request.result as { value: string }).value);
        });
        const hlc = `${Date.now().toString(36).padStart(11, '0')}-0000-${node}`;
        const change = { table: 'journal_entries', id, hlc, deleted: false, data };
        tx.objectStore('journal_entries').put(change);
        tx.objectStore('outbox').add({ change });
        tx.objectStore('meta').put({ key: 'clock', value: hlc });
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { id, data },
    );
  }

  /**
   * The journal entries this device's database holds, read straight from IndexedDB (another
   * device's change can arrive while a form covers the list).
   */
  async storedEntries(): Promise<{ id: string; hlc: string; text: string; mood: number }[]> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('rivion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<
        { id: string; hlc: string; data: { text: string; mood: number } | null }[]
      >((resolve, reject) => {
        const request = db.transaction('journal_entries').objectStore('journal_entries').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return rows
        .filter((row) => row.data !== null)
        .map((row) => ({ id: row.id, hlc: row.hlc, text: row.data!.text, mood: row.data!.mood }));
    });
  }

  async entryTexts(): Promise<string[]> {
    return this.entries().allInnerTexts();
  }

  async waitForEntries(count: number): Promise<void> {
    await expect.poll(() => this.entries().count(), { timeout: 30_000 }).toBe(count);
  }

  syncStatus() {
    return this.page.getByTestId('sync-status');
  }

  /** Makes the app sync now, as it does when the connection comes back. */
  async nudgeSync(): Promise<void> {
    await this.page.evaluate(() => window.dispatchEvent(new Event('online')));
  }

  /** Waits for the pill to say "Synced": a run finished and nothing waits to be pushed. */
  async waitUntilSynced(): Promise<void> {
    // The label only: the hidden detail ("Last synced at…") is there while changes wait too.
    await expect
      .poll(async () => this.syncStatus().innerText(), { timeout: 30_000 })
      .toMatch(/^Synced\b/);
  }

  async deleteAccount(password: string): Promise<void> {
    await this.page.getByTestId('settings-link').click();
    await this.page.getByTestId('delete-account-password').fill(password);
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.page.getByTestId('delete-account-submit').click();
    await this.waitUntilSignedOut();
  }
}

/**
 * One account on two devices (separate browser contexts): the laptop signs up, writes `first`
 * entries, then the phone signs in and has them. `close` ends both.
 */
export async function twoDevices(browser: Browser, baseUrl: string, first: EntryInput[] = []) {
  const account = newAccount();
  const contexts = [await browser.newContext(), await browser.newContext()] as const;
  const laptop = new RivionApp(await contexts[0].newPage(), baseUrl);
  const phone = new RivionApp(await contexts[1].newPage(), baseUrl);
  await laptop.signUp(account);
  for (const entry of first) await laptop.writeEntry(entry);
  await laptop.waitUntilSynced();
  await phone.signIn(account);
  await phone.waitForEntries(first.length);
  await phone.waitUntilSynced();
  return {
    account,
    laptop,
    phone,
    close: async () => {
      for (const context of contexts) await context.close();
    },
  };
}
