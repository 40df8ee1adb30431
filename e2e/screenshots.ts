/**
 * `npm run screenshots`: the README's pictures, taken from the real app (`npm start` on its
 * embedded defaults, after `npm run build`) in headless Chromium: a conversation on a laptop in
 * light mode, and the same on a phone in dark mode.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { startServer } from './support/server';

const OUT = 'docs/screenshots';
const MESSAGES = [
  "I'm so stressed about the deadline on the project. It's due Friday and I'm nowhere near done.",
  "There's just too much to do and I don't know where to start",
];

async function converse(page: Page, url: string, who: string): Promise<void> {
  await page.goto(`${url}/signup`);
  await page.getByTestId('signup-email').fill(`${who}@example.com`);
  await page.getByTestId('signup-username').fill(who);
  await page.getByTestId('signup-password').fill('a calm long passphrase');
  await page.getByTestId('signup-consent').check();
  await page.getByTestId('signup-submit').click();
  await page.getByTestId('welcome-skip').click();
  await page.getByTestId('chat-start').click();
  for (const [i, text] of MESSAGES.entries()) {
    await page.getByTestId('chat-input').fill(text);
    await page.getByTestId('chat-send').click();
    const reply = page.locator('[data-testid="chat-message"][data-sender="ai"]').nth(i);
    await reply.waitFor({ timeout: 60_000 });
    // Let the streamed reply finish before the picture.
    await page.waitForTimeout(1500);
  }
}

async function shoot(
  browser: Browser,
  url: string,
  name: string,
  options: { viewport: { width: number; height: number }; colorScheme: 'light' | 'dark' },
) {
  const context = await browser.newContext({ ...options, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await converse(page, url, name.replace(/\W/g, ''));
  await page.screenshot({ path: `${OUT}/${name}.png` });
  await context.close();
}

const server = await startServer();
const browser = await launchBrowser();
try {
  await shoot(browser, server.url, 'chat-laptop-light', {
    viewport: { width: 1280, height: 800 },
    colorScheme: 'light',
  });
  await shoot(browser, server.url, 'chat-phone-dark', {
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
  });
  console.info(`screenshots written to ${OUT}/`);
} finally {
  await browser.close();
  await server.dispose();
}
