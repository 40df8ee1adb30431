/**
 * The voice and text workers through /debug/voice-text on Chromium's fake microphone (espeak-ng
 * speech, looped by Chromium): voice readings arrive, messages are analysed with crisis resources
 * shown before the text worker answers, a missing or damaged model turns its modality off in a
 * plain sentence while the rest carries on, and nothing the page asks for leaves our origin or
 * carries audio.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMOTIONS } from '../core/emotions';
import { VoiceTextDebugPage } from './pages/voice-text-debug';
import { launchBrowser, recordRequests } from './support/browser';
import { requireBuilt, startServer, type RunningServer } from './support/server';

const SPEECH =
  'I have had a really long week at work. The deadlines keep moving, and I am not sleeping well. ' +
  'Still, I went for a walk this morning, and that helped a little.';

const REQUIRED = [
  'dist/models/voice-emotion.onnx',
  'dist/models/vad/silero_vad_v5.onnx',
  'dist/models/text/rivion-text-emotion/onnx/model.onnx',
  'dist/models/ort-transformers/ort-wasm-simd-threaded.asyncify.wasm',
];

/** Speech with a second of silence after it, so the VAD sees phrases end. Made here, never committed. */
function speechWav(dir: string): string {
  const raw = join(dir, 'speech-raw.wav');
  const out = join(dir, 'speech.wav');
  execFileSync('espeak-ng', ['-s', '150', '-w', raw, SPEECH]);
  execFileSync('sox', [raw, '-r', '48000', '-c', '1', out, 'pad', '0', '1']);
  return out;
}

async function withMicrophone<T>(wav: string, run: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser([
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-audio-capture=${wav}`,
    '--autoplay-policy=no-user-gesture-required',
  ]);
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

/** Every request went to our origin, and none carried audio or anything the size of it. */
function expectPrivate(requests: Request[], origin: string): void {
  expect(requests.length).toBeGreaterThan(0);
  for (const request of requests) {
    const url = new URL(request.url());
    if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
    expect(url.origin, request.url()).toBe(origin);
    const body = request.postDataBuffer();
    const type = request.headers()['content-type'] ?? '';
    expect(type, request.url()).not.toMatch(/audio|octet-stream|multipart/);
    expect(body?.length ?? 0, request.url()).toBeLessThan(4_096);
  }
}

async function openPage(context: BrowserContext, server: RunningServer) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const debug = new VoiceTextDebugPage(page, server.url);
  await debug.open();
  return { debug, errors };
}

describe('voice and text workers on the fake microphone', () => {
  let server: RunningServer;
  let dir: string;
  let wav: string;

  beforeAll(async () => {
    requireBuilt(REQUIRED);
    dir = mkdtempSync(join(tmpdir(), 'rivion-speech-'));
    wav = speechWav(dir);
    server = await startServer();
  });

  afterAll(async () => {
    await server?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads the voice, analyses messages, shows crisis resources at once, and keeps everything on the device', async () => {
    await withMicrophone(wav, async (browser) => {
      const context = await browser.newContext();
      const requests = recordRequests(context);
      const { debug, errors } = await openPage(context, server);

      await debug.page.getByTestId('text-input').focus();
      await debug.startMicrophone();
      expect(await debug.settled('voice-status')).toBe('ready');
      expect(await debug.settled('text-status')).toBe('ready');

      await debug.send('I am so happy today');
      expect(await debug.textEmotion()).toBe('happy');
      expect(await debug.sentiment()).toBeGreaterThan(0);
      await expect(debug.crisisResources().count()).resolves.toBe(0);

      await debug.submit(
        "I've been giving my things away, everyone would be better off without me",
      );
      await debug.crisisResources().waitFor({ timeout: 5_000 });
      expect(await debug.crisisResources().innerText()).toMatch(/988/);
      expect(await debug.page.getByTestId('text-crisis').getAttribute('data-level')).not.toBe(
        'none',
      );
      await debug.page.waitForSelector('[data-testid="text-reading"][data-state="done"]');

      await debug.waitForVoiceReading();
      const emotion = await debug.page.getByTestId('voice-emotion').getAttribute('data-emotion');
      expect(EMOTIONS).toContain(emotion);
      const voiceMs = Number(await debug.page.getByTestId('voice-ms').getAttribute('data-total'));
      const textMs = Number(await debug.page.getByTestId('text-ms').getAttribute('data-total'));
      console.info(`voice ms per segment ${voiceMs}, text ms per message ${textMs}`);

      expectPrivate(requests, server.url);
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  it('says voice is off when the voice model is missing, and text still works', async () => {
    await withMicrophone(wav, async (browser) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.route('**/models/voice-emotion.onnx', (route) =>
        route.fulfill({ status: 404, body: 'Not found' }),
      );
      const { debug, errors } = await openPage(context, server);
      await debug.startMicrophone();
      expect(await debug.settled('voice-status')).toBe('off');
      expect(await debug.voiceStatus().innerText()).toBe(
        'Voice analysis is off: the voice model could not be loaded.',
      );

      await debug.send('I am so happy today');
      expect(await debug.settled('text-status')).toBe('ready');
      await debug.send('I am so happy today');
      expect(await debug.textEmotion()).toBe('happy');
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  it('shows crisis resources before the text worker has read the message', async () => {
    await withMicrophone(wav, async (browser) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      // The text worker's script never arrives, so its reading never does: only the crisis check
      // (safety worker, or the page itself) can show the resources.
      await context.route('**/assets/worker-*.js', async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        if (body.includes('text-classification')) return; // held back for good
        await route.fulfill({ response, body });
      });
      const { debug, errors } = await openPage(context, server);

      await debug.submit('I have the pills saved up and tonight is the night');
      await debug.crisisResources().waitFor({ timeout: 5_000 });
      expect(await debug.page.getByTestId('text-crisis').getAttribute('data-level')).toBe('severe');
      expect(await debug.readingState()).toBe('pending');
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  it('turns text emotion off in a sentence when a byte of its model file changed, and the rest keeps working', async () => {
    await withMicrophone(wav, async (browser) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.route('**/models/text/rivion-text-emotion/onnx/model.onnx', async (route) => {
        const response = await route.fetch();
        const body = await response.body();
        body[body.length >> 1]! ^= 0x01;
        await route.fulfill({ response, body });
      });
      const { debug, errors } = await openPage(context, server);
      await debug.startMicrophone();

      await debug.page.getByTestId('text-input').focus();
      expect(await debug.settled('text-status')).toBe('off');
      expect(await debug.textStatus().innerText()).toBe(
        'Text emotion analysis is off: the text model could not be loaded; sentiment and safety checks still run.',
      );
      expect(await debug.page.getByTestId('text-detail').innerText()).toMatch(
        /onnx\/model\.onnx is damaged \(its checksum does not match\)/,
      );

      await debug.send('I am so happy today');
      expect(await debug.textEmotion()).toBe('off');
      expect(await debug.sentiment()).toBeGreaterThan(0);
      await debug.submit('I have the pills saved up and tonight is the night');
      await debug.crisisResources().waitFor({ timeout: 5_000 });
      expect(await debug.settled('voice-status')).toBe('ready');
      await debug.waitForVoiceReading();
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  it('still shows crisis resources when the safety worker cannot start, and says why', async () => {
    await withMicrophone(wav, async (browser) => {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      await context.route('**/assets/safety-worker-*.js', (route) =>
        route.fulfill({ status: 404, body: 'Not found' }),
      );
      const { debug, errors } = await openPage(context, server);
      const consoleErrors: string[] = [];
      debug.page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });

      await debug.send('I have the pills saved up and tonight is the night');
      expect(await debug.crisisResources().isVisible()).toBe(true);
      expect(await debug.page.getByTestId('text-crisis').getAttribute('data-level')).toBe('severe');
      expect(consoleErrors.join('\n')).toMatch(/Crisis check moved to the page/);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});
