/**
 * The call with Chromium's fake camera (a real face clip) and fake microphone: the self-view
 * plays, a face reading arrives in the live panel, the mic level moves, and switching the camera
 * off mid-call stops its tracks. With the camera refused, the page says so and typing still gets
 * a reply; a face worker whose model is broken turns the camera off with a sentence.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallPageModel } from './pages/call';
import { newAccount, RivionApp } from './pages/app';
import { launchBrowser } from './support/browser';
import { CRY_THEN_LAUGH, VIDEOS } from './support/media';
import { startServer, type RunningServer } from './support/server';

const CLIP = join(VIDEOS, CRY_THEN_LAUGH);

/**
 * Chromium's fake camera reads .y4m only: made in a temp folder, never committed. 1280×720, the
 * size the call asks for, so the frames the face worker gets are scaled down as on a real webcam.
 */
function y4m(dir: string): string {
  const out = join(dir, 'face.y4m');
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-y', '-i', CLIP, '-t', '4', '-pix_fmt', 'yuv420p'],
    ...['-r', '15', '-vf', 'scale=1280:720', out],
  ]);
  return out;
}

/** The self-view is playing: frames arrive and its clock moves. */
async function selfViewPlays(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const video = document.querySelector<HTMLVideoElement>('[data-testid="call-self-view"]');
    if (!video || video.paused || video.readyState < 2 || video.videoWidth === 0) return false;
    const before = video.currentTime;
    await new Promise((resolve) => setTimeout(resolve, 300));
    return video.currentTime > before;
  });
}

describe('a call with camera and microphone', () => {
  let server: RunningServer;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rivion-call-'));
    server = await startServer();
    // No --use-fake-ui-for-media-stream: each context grants (or not) the devices itself.
    browser = await launchBrowser([
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${y4m(dir)}`,
    ]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** `prepare` runs before sign-up, which starts the background download of the models. */
  async function signedIn(
    permissions: string[],
    prepare: (context: BrowserContext) => Promise<unknown> = async () => undefined,
  ): Promise<{ context: BrowserContext; call: CallPageModel }> {
    const context = await browser.newContext();
    await context.grantPermissions(permissions, { origin: server.url });
    await prepare(context);
    const page = await context.newPage();
    await new RivionApp(page, server.url).signUp(newAccount());
    const call = new CallPageModel(page, server.url);
    await call.open();
    return { context, call };
  }

  it('shows the self-view, reads the face, moves the mic level, and stops the camera when it is switched off', async () => {
    const { context, call } = await signedIn(['camera', 'microphone']);
    const { page } = call;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    expect(await call.toggle('camera').isChecked()).toBe(true);
    expect(await call.toggle('microphone').isChecked()).toBe(true);
    await call.page.getByTestId('call-start').click();

    await expect.poll(() => selfViewPlays(page), { timeout: 30_000 }).toBe(true);
    expect(
      await page.getByTestId('call-self-view').evaluate((v: HTMLVideoElement) => v.videoWidth),
    ).toBe(1280);
    const initial = await call.panel('emotion').innerText();
    expect(initial).toBe('Not read yet');
    await expect
      .poll(() => call.panel('emotion').innerText(), { timeout: 90_000 })
      .toMatch(/^You seem \w+/);
    await expect
      .poll(() => call.panel('shares').innerText(), { timeout: 60_000 })
      .toMatch(/Face \d+ %/);
    await expect
      .poll(async () => Number(await call.panel('mic-level').getAttribute('data-level')), {
        timeout: 60_000,
        interval: 100,
      })
      .toBeGreaterThan(0);
    expect(await call.panel('timer').innerText()).toMatch(/\d+:\d\d$/);

    // Off mid-call: the camera's tracks end and the page says the face is not read.
    await page.evaluate(() => {
      const video = document.querySelector<HTMLVideoElement>('[data-testid="call-self-view"]')!;
      (window as unknown as { tracks: MediaStreamTrack[] }).tracks = (
        video.srcObject as MediaStream
      ).getVideoTracks();
    });
    await call.toggle('camera').uncheck();
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { tracks: MediaStreamTrack[] }).tracks.every(
            (track) => track.readyState === 'ended',
          ),
        ),
      )
      .toBe(true);
    expect(await call.modalityNote().innerText()).toContain('The camera is off');
    const reply = await call.send('Talking to you with the camera off now, it feels calmer.');
    expect(reply.length).toBeGreaterThan(10);

    // And back on: the self-view plays again.
    await call.toggle('camera').check();
    await expect.poll(() => selfViewPlays(page), { timeout: 30_000 }).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says the camera was not allowed and the call goes on with typing', async () => {
    const { context, call } = await signedIn(['microphone']);
    await call.toggle('microphone').uncheck();
    await call.page.getByTestId('call-start').click();
    await expect
      .poll(() => call.modalityNote().innerText(), { timeout: 30_000 })
      .toMatch(
        /The camera was not allowed\. The call goes on without reading your face; typing works\./,
      );
    expect(await call.toggle('camera').isChecked()).toBe(false);
    const reply = await call.send('I had a long day at work and I am tired.');
    expect(reply.length).toBeGreaterThan(10);
    await context.close();
  });

  it('turns the camera off with a sentence when the face worker cannot load its model', async () => {
    // Before sign-up: the models download in the background once someone is signed in.
    const { context, call } = await signedIn(['camera'], (context) =>
      context.route('**/models/face_landmarker.task', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/octet-stream',
          body: 'not a model',
        }),
      ),
    );
    await call.toggle('microphone').uncheck();
    await call.page.getByTestId('call-start').click();
    await expect
      .poll(() => call.modalityNote().innerText(), { timeout: 60_000 })
      .toContain(
        'Reading your face stopped working on this device, so it is off; the call goes on.',
      );
    const reply = await call.send('Still here, just typing.');
    expect(reply.length).toBeGreaterThan(5);
    await context.close();
  });
});
