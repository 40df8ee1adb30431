/**
 * The face worker on Chromium's fake camera through /debug/perception: a real face clip gives
 * readings (blink rate included), a clip with no face says so, and a damaged landmark model, or
 * one that never finishes loading, turns face analysis off with a plain sentence and releases the
 * camera while the page carries on.
 */
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAD_TIMEOUT_MS } from '../web/src/perception/worker-handle';
import { PerceptionDebugPage } from './pages/perception-debug';
import { launchBrowser } from './support/browser';
import { cameraClip, fakeMediaArgs } from './support/media';
import { startServer, type RunningServer } from './support/server';

/** The first 6 s of a shared clip as the fake camera's .y4m; `filter` edits it first (ends 640x360). */
function y4m(clip: string, filter?: string): string {
  return cameraClip({ clip, filter: `trim=0:6,setpts=PTS-STARTPTS${filter ? `,${filter}` : ''}` });
}

async function withCamera<T>(file: string, run: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser(fakeMediaArgs({ video: file }));
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

describe('face worker on the fake camera', () => {
  let server: RunningServer;

  beforeAll(async () => {
    if (!existsSync('dist/models/face_landmarker.task')) {
      throw new Error('dist/ has no models: run `npm run models` before `vite build`');
    }
    server = await startServer();
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('finds the face and streams readings with emotion, blink rate and head pose', async () => {
    await withCamera(y4m('single_face.mp4'), async (browser) => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const debug = new PerceptionDebugPage(page, server.url);
      await debug.start();
      expect(await debug.settledState()).toBe('ready');
      await debug.waitForReading('face');
      await expect
        .poll(() => page.getByTestId('face-emotion').innerText())
        .toMatch(/^(angry|disgusted|fearful|happy|neutral|sad|surprised) \d+ %/);
      expect(await page.getByTestId('face-pose').innerText()).toMatch(/°/);
      // The clip's person blinks: a rate stuck at 0 (or not a number) means blinks go unseen.
      await expect
        .poll(async () => Number.parseFloat(await page.getByTestId('face-blinks').innerText()), {
          timeout: 30_000,
        })
        .toBeGreaterThan(0);
      expect(Number.parseFloat(await page.getByTestId('face-blinks').innerText())).toBeLessThan(60);
      // Steady state: sample the worker's own per-frame time for a few seconds after warm-up.
      const samples: number[] = [];
      for (let i = 0; i < 24; i++) {
        samples.push(Number.parseFloat(await page.getByTestId('face-ms').innerText()));
        await page.waitForTimeout(250);
      }
      samples.sort((a, b) => a - b);
      console.info(`face worker ms per frame: median ${samples[12]}, max ${samples[23]}`);
      expect(errors).toEqual([]);
    });
  });

  it('notices a second face in view and reads the larger one', async () => {
    // The same person twice: large on the left, smaller on the right.
    const twoFaces = y4m(
      'single_face.mp4',
      'split[a][b];[a]scale=360:202,pad=640:360:0:79:gray[big];' +
        '[b]scale=280:158[small];[big][small]overlay=360:101',
    );
    await withCamera(twoFaces, async (browser) => {
      const debug = new PerceptionDebugPage(await browser.newPage(), server.url);
      await debug.start();
      expect(await debug.settledState()).toBe('ready');
      await debug.waitForReading('face');
      const count = debug.page.getByTestId('face-count');
      // The worker tracks one face; its once-a-second census finds the second.
      await expect.poll(() => count.getAttribute('data-faces'), { timeout: 20_000 }).toBe('2');
      // The larger face spans about 0.19-0.33 of the frame's width, the smaller 0.66-0.77.
      const [x, , width] = (await count.getAttribute('data-box'))!.split(',').map(Number);
      expect(x! + width!).toBeLessThan(0.56);
    });
  });

  it('says no_face when nobody is in view', async () => {
    await withCamera(y4m('no_face.mp4'), async (browser) => {
      const debug = new PerceptionDebugPage(await browser.newPage(), server.url);
      await debug.start();
      expect(await debug.settledState()).toBe('ready');
      await debug.waitForReading('no_face');
      expect(await debug.page.getByTestId('face-reading').innerText()).toBe('No face in view.');
    });
  });

  it('turns face off in a plain sentence when the landmark model is damaged, and nothing throws', async () => {
    await withCamera(y4m('single_face.mp4'), async (browser) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.route('**/models/face_landmarker.task', (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/octet-stream',
          body: Buffer.from('not a model'),
        }),
      );
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const debug = new PerceptionDebugPage(page, server.url);
      await debug.start();
      expect(await debug.settledState()).toBe('off');
      expect(await debug.status().innerText()).toMatch(
        /^Face analysis is off: The face landmark model .* is damaged/,
      );
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  it('releases the camera and says why when the face models never finish loading', async () => {
    await withCamera(y4m('single_face.mp4'), async (browser) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.route('**/models/face_landmarker.task', () => {
        // Never answered: the download hangs for good.
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.clock.install();
      const debug = new PerceptionDebugPage(page, server.url);
      await debug.start();
      await expect.poll(() => debug.status().getAttribute('data-state')).toBe('loading');
      expect(await debug.cameraLive()).toBe(true);

      await page.clock.fastForward(LOAD_TIMEOUT_MS);
      expect(await debug.settledState()).toBe('off');
      expect(await debug.status().innerText()).toBe(
        `Face analysis is off: the face models did not finish loading within ${LOAD_TIMEOUT_MS / 1000} s`,
      );
      expect(await debug.cameraLive()).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  it('keeps reading the face, and says why in the console, when the face detector is missing', async () => {
    await withCamera(y4m('single_face.mp4'), async (browser) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.route('**/models/blaze_face_short_range.tflite', (route) =>
        route.fulfill({ status: 404, body: 'not found' }),
      );
      const page = await context.newPage();
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      const debug = new PerceptionDebugPage(page, server.url);
      await debug.start();
      expect(await debug.settledState()).toBe('ready');
      await debug.waitForReading('face');
      expect(warnings.join('\n')).toMatch(/The face detector model is missing/);
      await context.close();
    });
  });
});
