/**
 * One page of a browser that is not Chromium, behind the few actions the cross-browser tests use,
 * so the same page model drives Firefox (Puppeteer over WebDriver BiDi) and WebKit (WebDriver
 * classic). Waiting is done by the page model polling `evaluate`, which every driver has.
 */
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from './server';

export interface BrowserTab {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  click(selector: string): Promise<void>;
  /** Replaces the field's value by typing, as a person would. */
  fill(selector: string, text: string): Promise<void>;
  /** Runs `fn` in the page (its source is sent, so it may use only its arguments). */
  evaluate<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
  /**
   * Takes the page's network away or gives it back; `undefined` where the driver cannot, in
   * which case a test stops the server instead (what "offline" means to the app).
   */
  readonly setOffline?: (offline: boolean) => Promise<void>;
  /** Saves a PNG of what the page shows, for a failed test's report. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface TabBrowser {
  /** A new page; the browser itself was launched with a fresh, throwaway profile. */
  newTab(): Promise<BrowserTab>;
  close(): Promise<void>;
}

export interface BrowserUnderTest {
  readonly server: RunningServer;
  readonly browser: TabBrowser;
}

/** One real server and one browser for a describe block, started before and stopped after it. */
export function useBrowserUnderTest(launch: () => Promise<TabBrowser>): BrowserUnderTest {
  let server: RunningServer | undefined;
  let browser: TabBrowser | undefined;

  beforeAll(async () => {
    server = await startServer();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  return {
    get server() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
  };
}
