/**
 * The face worker on Chromium's fake camera through /debug/perception: a real face clip gives
 * readings, a clip with no face says so, and a damaged landmark model turns face analysis off with
 * a plain sentence while the page carries on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PerceptionDebugPage } from './pages/perception-debug';
import { launchBrowser } from './support/browser';
import { startServer, type RunningServer } from './support/server';

const VIDEOS = new URL('../../shared/data/face/videos/', import.meta.url).pathname;

/** Chromium's fake camera reads .y4m only; made in a temp folder, never committed. */
function y4m(dir: string, clip: string): string {
  const out = join(dir, clip.replace(/\.mp4$/, '.y4m'));
  execFileSync('ffmpeg', [
    '-loglevel',
    'error',
    '-y',
    '-i',
    join(VIDEOS, clip),
    '-t',
    '6',
    '-pix_fmt',
    'yuv420p',
    '-r',
    '15',
    '-vf',
    'scale=640:360',
    out,
  ]);
  return out;
}

async function withCamera<T>(file: string, run: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ]);
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

describe('face worker on the fake camera', () => {
  let server: RunningServer;
  let videos: string;

  beforeAll(async () => {
    if (!existsSync('dist/models/face_landmarker.task')) {
      throw new Error('dist/ has no models: run `npm run models` before `vite build`');
    }
    videos = mkdtempSync(join(tmpdir(), 'rivion-y4m-'));
    server = await startServer();
  });

  afterAll(async () => {
    await server?.dispose();
    if (videos) rmSync(videos, { recursive: true, force: true });
  });

  it('finds the face and streams readings with emotion, blink rate and head pose', async () => {
    await withCamera(y4m(videos, 'single_face.mp4'), async (browser) => {
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

  it('says no_face when nobody is in view', async () => {
    await withCamera(y4m(videos, 'no_face.mp4'), async (browser) => {
      const debug = new PerceptionDebugPage(await browser.newPage(), server.url);
      await debug.start();
      expect(await debug.settledState()).toBe('ready');
      await debug.waitForReading('no_face');
      expect(await debug.page.getByTestId('face-reading').innerText()).toBe('No face in view.');
    });
  });

  it('turns face off in a plain sentence when the landmark model is damaged, and nothing throws', async () => {
    await withCamera(y4m(videos, 'single_face.mp4'), async (browser) => {
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
});
