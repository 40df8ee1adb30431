/**
 * The sentence encoder in the text worker, through /debug/voice-text on Chromium: it loads from our
 * origin (its 9 files and tfjs' WASM under /models/) and each reading carries its part; one changed
 * byte in a weights shard turns it off with its sentence while the classifier and the rules keep
 * reading messages; a crisis message gets its level either way; and once the service worker has
 * kept its files, it loads offline.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VoiceTextDebugPage } from './pages/voice-text-debug';
import { launchBrowser, recordRequests } from './support/browser';
import { requireBuilt, startServer, type RunningServer } from './support/server';

const REQUIRED = [
  'dist/models/sentence-encoder/model.json',
  'dist/models/sentence-encoder/group1-shard7of7',
  'dist/models/sentence-encoder/vocab.json',
  'dist/models/sentence-encoder/sentence-heads.json',
  'dist/models/tfjs/tfjs-backend-wasm-simd.wasm',
];

async function openPage(context: BrowserContext, server: RunningServer) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const debug = new VoiceTextDebugPage(page, server.url);
  await debug.open();
  await debug.page.getByTestId('text-input').focus();
  return { debug, errors };
}

const encoderState = (debug: VoiceTextDebugPage) =>
  debug.page.getByTestId('text-encoder').getAttribute('data-state');

describe('the sentence encoder in the text worker', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    requireBuilt(REQUIRED);
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('loads from our origin on WASM and every reading carries its part', async () => {
    const context = await browser.newContext();
    const requests = recordRequests(context);
    const { debug, errors } = await openPage(context, server);

    expect(await debug.settled('text-status')).toBe('ready');
    expect(await debug.textStatus().innerText()).toBe('Text emotion analysis is on.');
    await debug.send('I am so happy today');
    expect(await encoderState(debug)).toBe('on');
    expect(await debug.textEmotion()).toBe('happy');

    await debug.submit('I have the pills saved up and tonight is the night');
    await debug.crisisResources().waitFor({ timeout: 5_000 });
    await debug.page.waitForSelector('[data-testid="text-reading"][data-state="done"]');
    expect(await debug.page.getByTestId('text-crisis').getAttribute('data-level')).toBe('severe');
    const ms = debug.page.getByTestId('text-ms');
    console.info(
      `text ms per message ${await ms.getAttribute('data-total')}, encoder ${await ms.getAttribute('data-encoder')}`,
    );

    const paths = requests.map((request) => new URL(request.url()));
    for (const url of paths) {
      if (url.protocol === 'blob:' || url.protocol === 'data:') continue;
      expect(url.origin, url.href).toBe(server.url);
    }
    const asked = paths.map((url) => url.pathname);
    expect(asked).toContain('/models/sentence-encoder/group1-shard1of7');
    expect(asked).toContain('/models/sentence-encoder/sentence-heads.json');
    expect(asked).toContain('/models/tfjs/tfjs-backend-wasm-simd.wasm');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('turns the encoder off in a sentence when a byte of a shard changed, and text readings keep coming', async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.route('**/models/sentence-encoder/group1-shard3of7', async (route) => {
      const response = await route.fetch();
      const body = await response.body();
      body[body.length >> 1]! ^= 0x01;
      await route.fulfill({ response, body });
    });
    const { debug, errors } = await openPage(context, server);

    expect(await debug.settled('text-status')).toBe('ready');
    expect(await debug.textStatus().innerText()).toMatch(
      /^Text emotion analysis is on\. The sentence encoder is off: .*; the text model and the safety rules read messages without it\.$/,
    );
    expect(await debug.page.getByTestId('text-detail').innerText()).toMatch(
      /group1-shard3of7 is damaged \(its checksum does not match\)/,
    );

    await debug.send('I am so happy today');
    expect(await debug.textEmotion()).toBe('happy');
    expect(await encoderState(debug)).toBe('off');
    await debug.submit('I have the pills saved up and tonight is the night');
    await debug.crisisResources().waitFor({ timeout: 5_000 });
    await debug.page.waitForSelector('[data-testid="text-reading"][data-state="done"]');
    expect(await debug.page.getByTestId('text-crisis').getAttribute('data-level')).toBe('severe');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('loads offline from the service worker once it has run online', async () => {
    const context = await browser.newContext();
    const { debug, errors } = await openPage(context, server);
    await debug.page.evaluate(() => navigator.serviceWorker.ready);
    // The first load ran before the service worker took over; this one goes through it.
    await debug.page.reload();
    await debug.page.evaluate(() => navigator.serviceWorker.ready);
    await debug.page.getByTestId('text-input').focus();
    expect(await debug.settled('text-status')).toBe('ready');
    const kept = await debug.page.evaluate(async () =>
      (await (await caches.open('rivion-models')).keys()).map((r) => new URL(r.url).pathname),
    );
    expect(kept).toEqual(
      expect.arrayContaining([
        '/models/sentence-encoder/group1-shard7of7',
        '/models/sentence-encoder/sentence-heads.json',
        '/models/tfjs/tfjs-backend-wasm-simd.wasm',
      ]),
    );

    await context.setOffline(true);
    await debug.page.reload();
    await debug.page.getByTestId('text-input').focus();
    expect(await debug.settled('text-status')).toBe('ready');
    expect(await debug.textStatus().innerText()).toBe('Text emotion analysis is on.');
    await debug.send('I am so happy today');
    expect(await encoderState(debug)).toBe('on');
    expect(errors).toEqual([]);
    await context.close();
  });
});
