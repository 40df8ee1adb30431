/**
 * Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi: on a virtual display, a
 * throwaway profile per launch, and Firefox's fake camera and microphone without a permission prompt.
 */
import puppeteer, { type Page } from 'puppeteer-core';
import type { BrowserTab, TabBrowser } from './tab';
import { startXvfb, stopProcess } from './xvfb';

function firefoxTab(page: Page): BrowserTab {
  // The app reports a modality turned off, and why, on the console: keep it in the test's log.
  page.on('console', (message) => {
    if (message.type() === 'error') console.warn(`firefox console: ${message.text()}`);
  });
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

/**
 * Firefox on a private Xvfb display rather than headless: headless Firefox has no WebGL here, and
 * MediaPipe's face landmarker uploads each frame through WebGL even on its CPU delegate, so face
 * reading would stop at once ("GLctx is undefined"). With a display it gets llvmpipe, as a
 * person's Firefox gets their GPU.
 */
export async function launchFirefox(): Promise<TabBrowser> {
  const xvfb = await startXvfb();
  const browser = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: false,
      env: { ...process.env, DISPLAY: xvfb.display },
      protocol: 'webDriverBiDi',
      extraPrefsFirefox: {
        // 640×480 at 30 fps whatever is asked for, and a tone for the microphone.
        'media.navigator.streams.fake': true,
        'media.navigator.permission.disabled': true,
      },
    })
    .catch(async (error: unknown) => {
      await stopProcess(xvfb.process);
      throw error;
    });
  return {
    newTab: async () => firefoxTab(await browser.newPage()),
    async close() {
      await browser.close();
      await stopProcess(xvfb.process);
    },
  };
}
