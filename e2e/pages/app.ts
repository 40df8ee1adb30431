/** Page models for the RIVION PWA: what a person does, in the words of the UI. */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export interface Account {
  email: string;
  username: string;
  password: string;
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
    await this.page.getByTestId('journal-new').waitFor();
  }

  async signIn(account: Account): Promise<void> {
    await this.open('/signin');
    await this.page.getByTestId('signin-email').fill(account.email);
    await this.page.getByTestId('signin-password').fill(account.password);
    await this.page.getByTestId('signin-submit').click();
    await this.page.getByTestId('journal-new').waitFor();
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

  async writeEntry(entry: { mood: number; text: string; tags: string[] }): Promise<void> {
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

  async entryTexts(): Promise<string[]> {
    return this.entries().allInnerTexts();
  }

  async waitForEntries(count: number): Promise<void> {
    await expect.poll(() => this.entries().count(), { timeout: 30_000 }).toBe(count);
  }

  syncStatus() {
    return this.page.getByTestId('sync-status');
  }

  async waitUntilSynced(): Promise<void> {
    await expect
      .poll(async () => (await this.syncStatus().innerText()).toLowerCase(), { timeout: 30_000 })
      .toMatch(/synced/);
  }

  async deleteAccount(password: string): Promise<void> {
    await this.page.getByTestId('settings-link').click();
    await this.page.getByTestId('delete-account-password').fill(password);
    this.page.once('dialog', (dialog) => void dialog.accept());
    await this.page.getByTestId('delete-account-submit').click();
    await this.page.getByTestId('signin-email').or(this.page.getByTestId('signup-email')).waitFor();
  }
}
