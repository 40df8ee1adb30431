/**
 * `npm run screenshots`: the README's pictures, taken from the real app (`npm start` on its
 * embedded defaults, after `npm run build`) in headless Chromium with the fake camera playing the
 * face clip's laughing part and the fake mic playing espeak-ng speech: the landing page, a call
 * in progress, and the dashboard after it, each on a laptop in light mode and on a phone in dark
 * mode. Written to docs/screenshots/, each under 200 kB (palette-reduced when needed).
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { newAccount } from './pages/app';
import {
  navLink,
  sendAndWaitForReply,
  signUpToWelcome,
  skipWelcome,
  startCall,
} from './pages/call-flow';
import { launchBrowser } from './support/browser';
import { cameraClip, fakeMediaArgs, speechWav } from './support/media';
import { shootEveryWay, shrinkPng } from './support/screenshots';
import { startServer } from './support/server';

const OUT = 'docs/screenshots';
const MAX_BYTES = 200_000;
const MESSAGES = [
  "I'm so stressed about the deadline on the project. It's due Friday and I'm nowhere near done.",
  "There's just too much to do and I don't know where to start",
];

const shots = mkdtempSync(join(tmpdir(), 'rivion-screenshots-'));

/** The two looks the README shows: a laptop in light mode and a phone in dark mode. */
async function shoot(page: Page, name: string): Promise<string[]> {
  return [
    ...(await shootEveryWay(page, shots, name, { viewports: ['laptop'], schemes: ['light'] })),
    ...(await shootEveryWay(page, shots, name, { viewports: ['phone'], schemes: ['dark'] })),
  ];
}

const server = await startServer();
const laughing = cameraClip({ filter: 'trim=10.5:19.5,setpts=PTS-STARTPTS', fps: 15 });
const browser = await launchBrowser(fakeMediaArgs({ video: laughing, audio: speechWav().wav }));
try {
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  const page = await context.newPage();
  const files: string[] = [];

  await page.goto(server.url);
  await page.getByTestId('landing').waitFor();
  files.push(...(await shoot(page, 'landing')));

  await page.setViewportSize({ width: 1366, height: 850 });
  await signUpToWelcome(page, server.url, newAccount());
  await skipWelcome(page);
  await startCall(page);
  for (const text of MESSAGES) await sendAndWaitForReply(page, text);
  // The picture shows the face being read: wait for its share in the panel (the models load
  // slowly on a busy machine), and say so rather than fail when it does not come.
  await page
    .waitForFunction(
      () =>
        /Face \d/.test(document.querySelector('[data-testid="call-shares"]')?.textContent ?? ''),
      undefined,
      { timeout: 90_000 },
    )
    .catch(() => console.warn('the face was not read within 90 s; the call is shot as it is'));
  files.push(...(await shoot(page, 'call')));

  await page.setViewportSize({ width: 1366, height: 850 });
  await page.getByTestId('call-end').click();
  await page.getByTestId('chat-summary').waitFor({ timeout: 30_000 });
  await navLink(page, 'Dashboard').click();
  await page.getByTestId('dashboard-stress-gauge').waitFor();
  files.push(...(await shoot(page, 'dashboard')));
  await context.close();

  for (const file of files) {
    const bytes = shrinkPng(file, MAX_BYTES);
    copyFileSync(file, join(OUT, basename(file)));
    const note = bytes > MAX_BYTES ? ` (over ${MAX_BYTES / 1000} kB even with a palette)` : '';
    console.info(`${join(OUT, basename(file))}: ${Math.round(bytes / 1000)} kB${note}`);
  }
} finally {
  await browser.close();
  await server.dispose();
  rmSync(shots, { recursive: true, force: true });
}
