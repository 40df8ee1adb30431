/**
 * Page model for Firefox and WebKit: what a person does, in the words of the UI, over any driver
 * that can click, type and run a script (`BrowserTab`). Routes and testids are the issue's
 * contracts, kept here as the one place to change when pages move.
 */
import { expect } from 'vitest';
import type { BrowserTab } from '../support/tab';
import type { Account, EntryInput } from './app';

interface PageMap {
  call: string;
  callStart: string;
  callEnd: string;
  /** The camera and microphone checkboxes, or null where the page has none. */
  toggles: { camera: string; microphone: string } | null;
  journal: string;
  dashboard: string | null;
  /** Something every signed-in page shows. */
  signedIn: string;
  /** The first-run welcome's skip button, or null where sign-up has no welcome. */
  welcomeSkip: string | null;
}

const CONTRACT: PageMap = {
  call: '/call',
  callStart: 'call-start',
  callEnd: 'call-end',
  toggles: { camera: 'call-toggle-camera', microphone: 'call-toggle-microphone' },
  journal: '/journal',
  dashboard: '/dashboard',
  signedIn: 'get-help-now',
  welcomeSkip: 'welcome-skip',
};

export const pages: PageMap = CONTRACT;

export const byTestId = (id: string) => `[data-testid="${id}"]`;

const WAIT = { timeout: 30_000, interval: 200 };

export class CrossBrowserApp {
  constructor(
    readonly tab: BrowserTab,
    readonly baseUrl: string,
  ) {}

  async open(path: string): Promise<void> {
    await this.tab.goto(`${this.baseUrl}${path}`);
  }

  /**
   * Goes to a signed-in page through the main navigation, as a person does. Loading the URL
   * instead would also work, but in WebKit a page load while the last page was mid-sync
   * sometimes never renders (seen here with WebKitGTK 2.50), which is not what this test is about.
   */
  async navigate(path: string): Promise<void> {
    const link = `nav[aria-label="Main"] a[href="${path}"]`;
    await this.waitFor(link);
    await this.tab.click(link);
    await expect.poll(() => this.tab.evaluate(() => location.pathname), WAIT).toBe(path);
  }

  /** Whether an element matching `selector` is on the page and laid out. */
  isVisible(selector: string): Promise<boolean> {
    return this.tab.evaluate((selector: string) => {
      const element = document.querySelector(selector);
      return element !== null && element.getClientRects().length > 0;
    }, selector);
  }

  async waitFor(selector: string, timeout = WAIT.timeout): Promise<void> {
    await expect
      .poll(() => this.isVisible(selector), { timeout, interval: WAIT.interval })
      .toBe(true);
  }

  /** The text a person reads in the first element matching `selector`, or '' without one. */
  text(selector: string): Promise<string> {
    return this.tab.evaluate(
      (selector: string) =>
        (document.querySelector(selector) as HTMLElement | null)?.innerText ?? '',
      selector,
    );
  }

  count(selector: string): Promise<number> {
    return this.tab.evaluate(
      (selector: string) => document.querySelectorAll(selector).length,
      selector,
    );
  }

  async click(testId: string): Promise<void> {
    await this.waitFor(byTestId(testId));
    await this.tab.click(byTestId(testId));
  }

  async fill(testId: string, text: string): Promise<void> {
    await this.waitFor(byTestId(testId));
    await this.tab.fill(byTestId(testId), text);
  }

  async setChecked(testId: string, checked: boolean): Promise<void> {
    await this.waitFor(byTestId(testId));
    const selector = byTestId(testId);
    const now = await this.tab.evaluate(
      (selector: string) => (document.querySelector(selector) as HTMLInputElement).checked,
      selector,
    );
    if (now !== checked) await this.tab.click(selector);
    await expect
      .poll(() =>
        this.tab.evaluate(
          (selector: string) => (document.querySelector(selector) as HTMLInputElement).checked,
          selector,
        ),
      )
      .toBe(checked);
  }

  async signUp(account: Account): Promise<void> {
    await this.open('/signup');
    await this.fill('signup-email', account.email);
    await this.fill('signup-username', account.username);
    await this.fill('signup-password', account.password);
    await this.setChecked('signup-consent', true);
    await this.click('signup-submit');
    if (pages.welcomeSkip) await this.click(pages.welcomeSkip);
    await this.waitFor(byTestId(pages.signedIn));
  }

  /** Resolves once a service worker controls the page, i.e. the app shell is cached. */
  async waitUntilOfflineReady(): Promise<void> {
    await expect
      .poll(
        () => this.tab.evaluate(() => navigator.serviceWorker?.controller?.state ?? 'none'),
        WAIT,
      )
      .toBe('activated');
  }

  /** Opens the call page and starts a call with only the given modalities on. */
  async startCall(media: { camera: boolean; microphone: boolean }): Promise<void> {
    await this.navigate(pages.call);
    if (pages.toggles) {
      await this.setChecked(pages.toggles.camera, media.camera);
      await this.setChecked(pages.toggles.microphone, media.microphone);
    } else if (media.camera || media.microphone) {
      throw new Error('the old chat page has no camera or microphone');
    }
    await this.click(pages.callStart);
    await this.waitFor(byTestId('chat-input'));
  }

  /** Sends a message and waits for the finished reply to it; returns the reply's text. */
  async send(text: string): Promise<string> {
    const replies = byTestId('chat-message') + '[data-sender="ai"]';
    const before = await this.count(replies);
    await this.fill('chat-input', text);
    await this.click('chat-send');
    await expect.poll(() => this.count(replies), { ...WAIT, timeout: 60_000 }).toBe(before + 1);
    await expect.poll(() => this.count(byTestId('chat-streaming')), WAIT).toBe(0);
    return this.tab.evaluate(
      (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].at(-1)?.innerText.trim() ?? '',
      replies,
    );
  }

  /** Whether the self-view shows live video: playing, with frames, and time moving on. */
  selfViewPlaying(): Promise<boolean> {
    return this.tab.evaluate(async (selector: string) => {
      const video = document.querySelector<HTMLVideoElement>(selector);
      if (!video || video.paused || video.readyState < 2 || video.videoWidth === 0) return false;
      const start = video.currentTime;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return video.currentTime > start;
    }, byTestId('call-self-view'));
  }

  async endCall(): Promise<void> {
    await this.click(pages.callEnd);
    await this.waitFor(byTestId('chat-summary'));
  }

  async openJournal(): Promise<void> {
    await this.navigate(pages.journal);
    await this.waitFor(byTestId('journal-new'));
  }

  async writeEntry(entry: EntryInput): Promise<void> {
    await this.click('journal-new');
    await this.click(`entry-mood-${entry.mood}`);
    await this.fill('entry-text', entry.text);
    await this.fill('entry-tags', entry.tags.join(', '));
    await this.click('entry-save');
    await expect.poll(() => this.text(byTestId('journal-entry')), WAIT).toContain(entry.text);
  }

  /** The text of every element matching `selector`. */
  texts(selector: string): Promise<string[]> {
    return this.tab.evaluate(
      (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].map((element) => element.innerText),
      selector,
    );
  }

  async journalTexts(): Promise<string> {
    return (await this.texts(byTestId('journal-entry'))).join('\n');
  }

  /** The sync pill's visible label ("Synced", "Offline · 1 to sync"), without its hidden detail. */
  syncLabel(): Promise<string> {
    return this.tab.evaluate((selector: string) => {
      const pill = document.querySelector(selector);
      if (!pill) return '';
      const own = [...pill.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
      return own
        .map((node) => node.textContent)
        .join('')
        .trim();
    }, byTestId('sync-status'));
  }

  async waitForSyncLabel(label: RegExp, timeout = WAIT.timeout): Promise<void> {
    await expect.poll(() => this.syncLabel(), { ...WAIT, timeout }).toMatch(label);
  }

  async openDashboard(): Promise<void> {
    if (!pages.dashboard) throw new Error('the old pages have no dashboard');
    await this.navigate(pages.dashboard);
    await this.waitFor(byTestId('dashboard'));
  }
}
