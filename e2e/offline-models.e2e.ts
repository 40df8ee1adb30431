/**
 * The models for offline calls: after sign-up the app downloads them by itself, settings says when
 * they are ready, and a call with no connection reads face, voice and words. With the browser's
 * Data Saver on, nothing downloads by itself: settings offers the button, and a call online fetches
 * exactly the files the download lists (the build's list, from models/manifest.json).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { projectOfflineFiles } from '../models/offline-files-plugin';
import { DOWNLOAD_HEADER, MODELS_CACHE } from '../models/offline-files';
import { CallPageModel } from './pages/call';
import { newAccount, RivionApp } from './pages/app';
import { useAppUnderTest } from './support/fixture';
import { cameraClip, fakeMediaArgs, speechWav } from './support/media';

const READY = /^Models for offline calls: ready on this device \(\d+ MB\)\.$/;

/** Listed but not fetched by a call in Chromium, each for a reason. */
const NOT_FETCHED_IN_CHROMIUM = [
  // Bundled into the voice worker at build time; listed because the manifest checks it.
  '/models/voice-emotion.json',
  // tfjs' plain build, for browsers without WebAssembly SIMD; Chromium takes the SIMD one.
  '/models/tfjs/tfjs-backend-wasm.wasm',
  // onnxruntime-web's loader: the face and voice workers bundle it, only its .wasm is fetched.
  '/models/ort/ort-wasm-simd-threaded.mjs',
];

/** The paths in the service worker's /models/ cache, each once (MediaPipe's loader is fetched twice). */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async (name) => {
    const keys = await (await caches.open(name)).keys();
    return [...new Set(keys.map((request) => new URL(request.url).pathname))].sort();
  }, MODELS_CACHE);
}

async function signedUp(context: BrowserContext, baseUrl: string): Promise<RivionApp> {
  await context.grantPermissions(['camera', 'microphone'], { origin: baseUrl });
  const app = new RivionApp(await context.newPage(), baseUrl);
  await app.signUp(newAccount());
  await app.waitUntilOfflineReady();
  await app.openSettings();
  return app;
}

const SAID = [
  'I am so happy today, everything just worked out!',
  'I am so angry, they lied to me again and I hate it.',
  'I feel so sad and lonely since my best friend moved away.',
];

/**
 * Starts a call with camera and microphone and waits until face and voice each count for the
 * reading; then types until the words do too (a message sent before the text model is ready
 * counts for stress only, as does one the model is unsure of).
 */
async function callReadingEverything(call: CallPageModel): Promise<void> {
  await call.startCall({ camera: true, microphone: true });
  for (const part of [/Face \d+ %/, /Voice \d+ %/]) {
    await expect.poll(() => call.panel('shares').innerText(), { timeout: 90_000 }).toMatch(part);
  }
  let sent = 0;
  await expect
    .poll(
      async () => {
        const reply = await call.send(SAID[sent++ % SAID.length]!);
        expect(reply.length).toBeGreaterThan(10);
        return call.panel('shares').innerText();
      },
      { timeout: 120_000, interval: 1_000 },
    )
    .toMatch(/Words \d+ %/);
  // No modality was turned off with a sentence.
  expect(await call.modalityNote().innerText()).toBe('');
}

describe('the models for offline calls', () => {
  const env = useAppUnderTest(fakeMediaArgs({ video: cameraClip(), audio: speechWav().wav }));

  it('download by themselves after sign-up, and a call with no connection reads face, voice and words', async () => {
    const context = await env.browser.newContext();
    const app = await signedUp(context, env.server.url);
    const status = app.page.getByTestId('offline-models-status');
    await expect.poll(() => status.innerText(), { timeout: 120_000 }).toMatch(READY);

    await context.setOffline(true);
    app.page.on('console', (message) => {
      if (message.type() === 'error') console.info('offline call:', message.text());
    });
    const call = new CallPageModel(app.page, env.server.url);
    await call.open();
    await callReadingEverything(call);
    await context.close();
  }, 400_000);

  it('wait for the button on Data Saver, and the list is what a call fetches', async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() =>
      Object.defineProperty(
        Object.getPrototypeOf((navigator as unknown as { connection: object }).connection),
        'saveData',
        {
          get: () => true,
        },
      ),
    );
    const downloads: string[] = [];
    context.on('request', (request) => {
      if (request.headers()[DOWNLOAD_HEADER.toLowerCase()]) downloads.push(request.url());
    });
    const app = await signedUp(context, env.server.url);
    const status = app.page.getByTestId('offline-models-status');
    await expect
      .poll(() => status.innerText())
      .toMatch(/^Models for offline calls: not downloaded \(\d+ MB\)\.$/);
    expect(await app.page.getByTestId('offline-models-hint').innerText()).toBe(
      'Your browser asks to save data, so they are not downloaded by themselves.',
    );

    // An online call fills the cache through the service worker with what it fetches.
    const call = new CallPageModel(app.page, env.server.url);
    await call.open();
    await callReadingEverything(call);
    const listed = projectOfflineFiles().map((file) => file.url);
    const expected = listed.filter((url) => !NOT_FETCHED_IN_CHROMIUM.includes(url)).sort();
    await expect.poll(() => cachedPaths(app.page), { timeout: 90_000 }).toEqual(expected);
    expect(downloads).toEqual([]);

    await app.openSettings();
    await app.page.getByTestId('offline-models-download').click();
    await expect.poll(() => status.innerText(), { timeout: 120_000 }).toMatch(READY);
    // Only what the call had not fetched was downloaded.
    expect(downloads.map((url) => new URL(url).pathname).sort()).toEqual(
      [...NOT_FETCHED_IN_CHROMIUM].sort(),
    );
    expect(await cachedPaths(app.page)).toEqual([...listed].sort());
    await context.close();
  }, 400_000);
});
