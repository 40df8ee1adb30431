/**
 * The end-to-end proof (issue 9, section 8) in Chromium with fake devices: the camera plays a real
 * woman crying and then laughing, the microphone plays espeak-ng speech. One person signs up,
 * starts a call, and the fused emotion moves from sad toward happy with the clip; a typed message
 * gets a streamed reply; the stress dial moves; a suggestion is rated; a crisis message brings the
 * helplines at once; the call ends with its summary and a journal note; the dashboard shows the
 * session; CSV and PDF exports hold it. Every request of the run is inspected: none leaves the
 * app's origin, none carries image or audio bytes. Phone and laptop screenshots of every page,
 * light and dark, go to a temp folder whose path is printed.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../edge-api/src/testing/pdf-text';
import { newAccount } from './pages/app';
import {
  navLink as nav,
  sendAndWaitForReply as send,
  signUpToWelcome,
  skipWelcome,
  startCall,
} from './pages/call-flow';
import { useAppUnderTest } from './support/fixture';
import { cameraClip, durationOf, fakeMediaArgs, speechWav } from './support/media';
import { RequestInspector } from './support/request-inspector';
import { shootEveryWay } from './support/screenshots';

/**
 * The clip's crying (0-6 s, where the face model reads sad; a hand covers the face after that) played
 * forward and back twice (24 s), then its laughing (10.5-19.5 s) forward and back twice (36 s): the
 * same change as the clip, held long enough for the call to load, calibrate and smooth.
 */
const CRY_THEN_LAUGH_HELD =
  'split[s][h];' +
  '[s]trim=0:6,setpts=PTS-STARTPTS,split=4[s1][s2][s3][s4];[s2]reverse[s2r];[s4]reverse[s4r];' +
  '[s1][s2r][s3][s4r]concat=n=4[sad];' +
  '[h]trim=10.5:19.5,setpts=PTS-STARTPTS,split=4[h1][h2][h3][h4];[h2]reverse[h2r];[h4]reverse[h4r];' +
  '[h1][h2r][h3][h4r]concat=n=4[happy];' +
  '[sad][happy]concat=n=2';
const SAD_UNTIL_S = 24;
/** Readings while the face was crying (after the call settled) and well into the laughing. */
const EARLY = { from: 4, to: SAD_UNTIL_S };
const LATE = { from: SAD_UNTIL_S + 6, to: 58 };
const VALENCE: Record<string, number> = {
  happy: 1,
  surprised: 0.2,
  neutral: 0,
  disgusted: -0.6,
  angry: -0.7,
  fearful: -0.7,
  sad: -1,
};

interface Sample {
  /** Seconds into the held clip, from the self-view's own clock. */
  at: number;
  emotion: string;
  text: string;
  /** The modality shares beside it ("Face 70 % · Voice 30 %"). */
  shares: string;
}

const SHOTS = mkdtempSync(join(tmpdir(), 'rivion-proof-shots-'));
const clip = cameraClip({ filter: CRY_THEN_LAUGH_HELD, fps: 15 });
const clipSeconds = durationOf(clip);
const speech = speechWav();

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

async function download(page: Page, button: string): Promise<Download> {
  const started = page.waitForEvent('download');
  await page.getByTestId(button).click();
  return started;
}

/** Where the self-view is in the held clip (Chromium's file camera starts it at 0 and loops). */
async function clipPosition(page: Page): Promise<number> {
  const seconds = await page
    .getByTestId('call-self-view')
    .evaluate((video: HTMLVideoElement) => video.currentTime);
  return seconds % clipSeconds;
}

describe('the end-to-end proof: a call with a real face and voice, the dashboard, the exports', () => {
  const env = useAppUnderTest(fakeMediaArgs({ video: clip, audio: speech.wav }));
  let context: BrowserContext;
  let inspector: RequestInspector;
  let page: Page;
  const errors: string[] = [];
  const account = newAccount();
  const journalNote = `Proof run ${account.username}: calmer after the call`;

  beforeAll(async () => {
    context = await env.browser.newContext({ viewport: { width: 1366, height: 850 } });
    inspector = new RequestInspector(context, env.server.url);
    page = await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    // Every value the stress dial takes during the run, as a person would see it change.
    await context.addInitScript(() => {
      const seen: number[] = [];
      (window as unknown as { stressSeen: number[] }).stressSeen = seen;
      new MutationObserver(() => {
        const value = document.querySelector('[data-testid="call-stress"]')?.ariaValueNow;
        if (value != null && Number(value) !== seen.at(-1)) seen.push(Number(value));
      }).observe(document, { subtree: true, attributes: true, childList: true });
    });
  });

  afterAll(async () => {
    console.info(`proof screenshots: ${SHOTS}`);
    await context?.close();
  });

  it('signs up, is welcomed, and lands on the call with camera and microphone ticked', async () => {
    await signUpToWelcome(page, env.server.url, account);
    await shootEveryWay(page, SHOTS, 'welcome');
    await page.setViewportSize({ width: 1366, height: 850 });
    await skipWelcome(page);
    expect(await page.getByTestId('call-toggle-camera').isChecked()).toBe(true);
    expect(await page.getByTestId('call-toggle-microphone').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('get-help-now').isVisible()).toBe(true);
  });

  it('starts the call: the self-view plays the camera', async () => {
    await startCall(page);
    await page.getByTestId('call-timer').waitFor();
    await page.getByTestId('call-mic-level').waitFor();
  });

  it('reads the face as sad while she cries and happy once she laughs', async () => {
    const samples: Sample[] = [];
    const emotion = page.getByTestId('call-emotion');
    // The clock guards against a camera that restarted the clip (it would never reach LATE.to).
    const giveUp = Date.now() + 150_000;
    for (
      let at = await clipPosition(page);
      at < LATE.to && Date.now() < giveUp;
      at = await clipPosition(page)
    ) {
      const text = (await emotion.innerText()).trim();
      const label = (await emotion.getAttribute('data-emotion')) ?? '';
      const shares = (await page.getByTestId('call-shares').innerText()).trim();
      samples.push({ at: Number(at.toFixed(1)), emotion: label, text, shares });
      if (at > SAD_UNTIL_S && at < SAD_UNTIL_S + 2) await shootEveryWay(page, SHOTS, 'call');
      await page.waitForTimeout(500);
    }
    console.info(
      'call-emotion by clip second:',
      samples.map((s) => `${s.at}:${s.emotion || '-'}`).join(' '),
    );
    console.info(
      'call-shares every few seconds:',
      samples
        .filter((_, i) => i % 6 === 0)
        .map((s) => `${s.at}: ${s.shares || '-'}`)
        .join(' | '),
    );
    const read = (window: { from: number; to: number }) =>
      samples.filter((s) => s.emotion && s.at >= window.from && s.at <= window.to);
    const early = read(EARLY);
    const late = read(LATE);
    expect(early.length, 'readings while she cries').toBeGreaterThan(10);
    expect(late.length, 'readings while she laughs').toBeGreaterThan(10);
    const share = (list: Sample[], label: string) =>
      list.filter((s) => s.emotion === label).length / list.length;
    const valence = (list: Sample[]) =>
      list.reduce((sum, s) => sum + (VALENCE[s.emotion] ?? 0), 0) / list.length;
    // Measured on /debug/perception with this very file (2026-12-03): the face worker said sad on
    // every reading over 0-24 s (about half under 60 %, which fusion does not count) and happy at
    // 94-100 % over 24-60 s. Fusion smooths and mixes in the voice and words, so: sad seen and
    // mostly not happy while she cries; mostly happy once she has laughed for 6 s.
    expect(share(early, 'sad')).toBeGreaterThan(0);
    expect(share(early, 'happy')).toBeLessThan(0.25);
    expect(share(late, 'happy')).toBeGreaterThan(0.6);
    expect(valence(late) - valence(early)).toBeGreaterThan(0.8);
    // The panel says it in words, with how sure it is.
    expect(late.at(-1)!.text).toMatch(/\d+ ?%/);
  }, 240_000);

  it('answers a typed message with a streamed reply, and the stress dial moves', async () => {
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { streamed: string[] }).streamed = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="chat-streaming"]')?.textContent;
        if (text && text !== seen.at(-1)) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const reply = await send(
      page,
      'My manager moved the deadline up again, I am so stressed and I keep lying awake about it.',
    );
    expect(reply.length).toBeGreaterThan(20);
    const streamed = await page.evaluate(
      () => (window as unknown as { streamed: string[] }).streamed,
    );
    expect(new Set(streamed).size, 'partial texts seen while the reply streamed').toBeGreaterThan(
      2,
    );
    await send(page, 'There is too much to do and I feel overwhelmed and tense all day.');
    const stressSeen = await page.evaluate(
      () => (window as unknown as { stressSeen: number[] }).stressSeen,
    );
    console.info('call-stress values seen:', stressSeen.join(' '));
    expect(stressSeen.every((value) => value >= 0 && value <= 100)).toBe(true);
    expect(new Set(stressSeen).size, 'the stress dial moved').toBeGreaterThan(1);
  });

  it('rates a suggestion as helpful with 4 of 5', async () => {
    const form = page.getByTestId('suggestion-feedback').first();
    await form.waitFor({ timeout: 30_000 });
    await form.getByTestId('feedback-helpful-yes').click();
    await form.getByRole('radio', { name: '4' }).check();
    await form.getByTestId('feedback-save').click();
    await page.getByTestId('feedback-saved').first().waitFor();
  });

  it('shows the helplines at once after a crisis message', async () => {
    await page.getByTestId('chat-input').fill('I want to end my life. I have the pills here.');
    await page.getByTestId('chat-send').click();
    // At once: before any reply, within the time a person reads the message they sent.
    await page.getByTestId('crisis-resources').waitFor({ timeout: 5_000 });
    expect(await page.getByTestId('crisis-resources').innerText()).toMatch(
      /988|116 123|findahelpline/,
    );
    const links = await page
      .getByTestId('crisis-resources')
      .locator('a')
      .evaluateAll((anchors: HTMLAnchorElement[]) => anchors.map((a) => a.href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^(tel:|sms:|https:)/);
  });

  it('ends the call with its summary and saves a one-line journal note', async () => {
    await page.getByTestId('call-end').click();
    await page.getByTestId('chat-summary').waitFor({ timeout: 30_000 });
    await shootEveryWay(page, SHOTS, 'call-ended');
    await page.setViewportSize({ width: 1366, height: 850 });
    await page.getByTestId('call-journal-note-text').fill(journalNote);
    await page.getByTestId('call-journal-note-save').click();
    await nav(page, 'Journal').click();
    await page.getByTestId('journal-entry').filter({ hasText: journalNote }).waitFor();
    await shootEveryWay(page, SHOTS, 'journal');
  });

  it('shows the session on the dashboard', async () => {
    await nav(page, 'Dashboard').click();
    const dashboard = page.getByTestId('dashboard');
    await dashboard.waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Dashboard');
    expect(await page.getByTestId('dashboard-empty').count()).toBe(0);
    for (const section of [
      'dashboard-stress-gauge',
      'dashboard-timeline',
      'dashboard-trend',
      'dashboard-distribution',
      'dashboard-burnout',
      'dashboard-effectiveness',
      'dashboard-journal-stress',
      'dashboard-crisis-events',
    ]) {
      await page.getByTestId(section).waitFor();
    }
    expect(await page.getByTestId('dashboard-stress-gauge').innerText()).toMatch(/\d/);
    // The crisis moment is there to review, by level and time, never by its words.
    const crisis = await page.getByTestId('dashboard-crisis-events').innerText();
    expect(crisis).toMatch(/severe|crisis/i);
    expect(crisis).not.toMatch(/pills|end my life/);
    await shootEveryWay(page, SHOTS, 'dashboard');
  });

  it('exports CSV and PDF of the day, on the device, with the session and the note in them', async () => {
    const day = today();
    await page.setViewportSize({ width: 1366, height: 850 });
    await page.getByTestId('export-from').fill(day);
    await page.getByTestId('export-to').fill(day);
    const requestsBefore = inspector.requests.length;

    const csvFile = await download(page, 'export-csv');
    expect(csvFile.suggestedFilename()).toBe(`rivion-${day}-to-${day}.csv`);
    const csv = readFileSync(await csvFile.path()).toString('utf8');
    const rows = parse(csv, { relax_column_count: true, skip_empty_lines: true }) as string[][];
    expect(rows.length).toBeGreaterThan(3);
    expect(csv).toContain(journalNote);
    expect(csv).toMatch(/\bsad\b/);
    expect(csv).toMatch(/\bhappy\b/);

    const pdfFile = await download(page, 'export-pdf');
    expect(pdfFile.suggestedFilename()).toBe(`rivion-${day}-to-${day}.pdf`);
    const pdf = readFileSync(await pdfFile.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = (await pdfText(pdf)).join('\n');
    const month = new Date().toLocaleString('en', { month: 'long' });
    expect(text.includes(day) || text.includes(month), 'the range in the PDF').toBe(true);
    expect(text).toMatch(/session/i);
    expect(text).toMatch(/stress/i);
    // Made on the device: exporting asked the server for nothing (sync may run meanwhile).
    const asked = inspector.requests.slice(requestsBefore).map((r) => r.url);
    expect(asked.filter((url) => /\/api\/.*(export|dashboard)/.test(url))).toEqual([]);
  });

  it('takes screenshots of the settings and privacy pages, and of the signed-out pages', async () => {
    await nav(page, 'Settings').click();
    await page.getByTestId('signout').waitFor();
    await shootEveryWay(page, SHOTS, 'settings');
    await nav(page, 'Privacy').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shootEveryWay(page, SHOTS, 'privacy');

    const signedOut = await env.browser.newContext();
    const guest = new RequestInspector(signedOut, env.server.url);
    const visitor = await signedOut.newPage();
    await visitor.goto(`${env.server.url}/`);
    await visitor.getByTestId('landing').waitFor();
    await shootEveryWay(visitor, SHOTS, 'landing');
    await visitor.goto(`${env.server.url}/signin`);
    await visitor.getByTestId('signin-email').waitFor();
    await shootEveryWay(visitor, SHOTS, 'signin');
    guest.assertClean();
    await signedOut.close();
  });

  it('sent nothing to another host and no image or audio, raw or encoded, all run long', () => {
    console.info(
      `requests inspected: ${inspector.requests.length} ` +
        `(${inspector.serviceWorkerRequests} from the service worker), ` +
        `WebSocket frames: ${inspector.webSocketFrames}`,
    );
    expect(inspector.requests.length).toBeGreaterThan(10);
    inspector.assertClean();
    expect(errors).toEqual([]);
  });
});
