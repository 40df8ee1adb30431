/**
 * `npm run bench:lighthouse`: Lighthouse (mobile preset: a mid-range phone, simulated slow 4G and
 * 4x CPU slowdown) on the built app served by the real Node server, in Debian's Chromium. Pages:
 * the first visit ('/', the landing page, storage cleared as for a newcomer) and, signed in,
 * '/call' and '/dashboard' (the account is made through the sign-up form, so the token sits where
 * the app keeps it; the service worker and its caches are cleared so each load is cold).
 * Prints one JSON document (LIGHTHOUSE_REPORT_DIR=<dir> also writes each full report and its trace there). Run
 * `npm run build` first. Not a test: scores vary with the machine.
 */
import * as chromeLauncher from 'chrome-launcher';
import { writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const METRICS = {
  'first-contentful-paint': 'fcp_ms',
  'largest-contentful-paint': 'lcp_ms',
  'total-blocking-time': 'tbt_ms',
  'cumulative-layout-shift': 'cls',
  'speed-index': 'speed_index_ms',
} as const;

/** Signs up through the form and skips the welcome; the token is then where the app keeps it. */
async function signUpInBrowser(port: number, url: string): Promise<void> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const page = await browser.newPage();
  await page.goto(`${url}/signup`);
  const id = Math.random().toString(36).slice(2, 10);
  await page.locator('[data-testid="signup-email"]').fill(`lighthouse-${id}@example.com`);
  await page.locator('[data-testid="signup-username"]').fill(`lighthouse ${id}`);
  await page.locator('[data-testid="signup-password"]').fill('a calm long passphrase');
  await page.locator('[data-testid="signup-consent"]').click();
  await page.locator('[data-testid="signup-submit"]').click();
  await page.locator('[data-testid="welcome-skip"]').click();
  await page.waitForFunction(() => location.pathname === '/call');
  await page.close();
  await browser.disconnect();
}

/**
 * Forgets the service worker, its caches and the HTTP cache, keeping IndexedDB (the session): a
 * cold load. Done through DevTools from a blank page, so no page of the app registers it again.
 */
async function forgetCachedCode(port: number, url: string): Promise<void> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const page = await browser.newPage();
  const devtools = await page.createCDPSession();
  await devtools.send('Storage.clearDataForOrigin', {
    origin: new URL(url).origin,
    storageTypes: 'service_workers,cache_storage',
  });
  await devtools.send('Network.clearBrowserCache');
  await page.close();
  await browser.disconnect();
}

async function audit(port: number, url: string, keepStorage: boolean) {
  const result = await lighthouse(url, {
    port,
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
    disableStorageReset: keepStorage,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  // LIGHTHOUSE_REPORT_DIR=/tmp/lh keeps each full report, for its diagnostics (bootup-time,
  // critical-request-chains, unused-javascript) that the summary below leaves out.
  const reportDir = process.env.LIGHTHOUSE_REPORT_DIR;
  if (reportDir) {
    const name = new URL(url).pathname.replace(/\W+/g, '_') || '_';
    writeFileSync(`${reportDir}/lighthouse${name}.json`, JSON.stringify(lhr, null, 2));
    writeFileSync(`${reportDir}/trace${name}.json`, JSON.stringify(result.artifacts.Trace));
  }
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, lhr.categories[category]?.score ?? null]),
  );
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([audit, name]) => {
      const value = lhr.audits[audit]?.numericValue ?? null;
      return [name, value === null ? null : Math.round(value * 1000) / 1000];
    }),
  );
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => a.id);
  const transfer = lhr.audits['total-byte-weight']?.numericValue ?? 0;
  return {
    url: url.replace(/^http:\/\/[^/]+/, ''),
    final_url: lhr.finalDisplayedUrl.replace(/^http:\/\/[^/]+/, ''),
    ...scores,
    ...metrics,
    transfer_kb: Math.round(transfer / 102.4) / 10,
    below_0_9: failing,
  };
}

/** `npm run bench:lighthouse -- /call` audits only the pages named. */
const only = process.argv.slice(2);
const wanted = (path: string) => only.length === 0 || only.includes(path);

const server = await startServer();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});
try {
  const pages = wanted('/') ? [await audit(chrome.port, `${server.url}/`, false)] : [];
  const signedIn = ['/call', '/dashboard'].filter(wanted);
  if (signedIn.length > 0) await signUpInBrowser(chrome.port, server.url);
  for (const path of signedIn) {
    await forgetCachedCode(chrome.port, server.url);
    pages.push(await audit(chrome.port, `${server.url}${path}`, true));
  }
  console.info(
    JSON.stringify(
      {
        lighthouse: '12.8.2',
        preset: 'mobile (default config)',
        chromium: '/usr/bin/chromium',
        pages,
      },
      null,
      2,
    ),
  );
} finally {
  chrome.kill();
  await server.dispose();
}
