/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi: headless, a throwaway
 * profile per launch, and Firefox's fake camera and microphone without a permission prompt.
 */
import puppeteer, { type Page } from 'puppeteer-core';
import type { BrowserTab, TabBrowser } from './tab';

function firefoxTab(page: Page): BrowserTab {
  return {
    async goto(url) {
      await page.goto(url);
    },
    async reload() {
      await page.reload();
    },
    async click(selector) {
      await page.locator(selector).click();
    },
    async fill(selector, text) {
      await page.locator(selector).fill(text);
    },
    // Puppeteer's types rewrite handle arguments; the tests pass only plain values.
    evaluate: ((fn: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      page.evaluate(fn, ...args)) as BrowserTab['evaluate'],
    // BiDi's emulation.setNetworkConditions: requests fail and navigator.onLine turns false.
    setOffline: (offline) => page.setOfflineMode(offline),
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(): Promise<TabBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: {
      // 640×480 at 30 fps whatever is asked for, and a tone for the microphone.
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
    },
  });
  return {
    newTab: async () => firefoxTab(await browser.newPage()),
    close: () => browser.close(),
  };
}
