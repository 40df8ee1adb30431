/**
 * The request inspector in a real browser, on what runs today: the face worker on the fake camera
 * and the voice and text workers on the fake microphone (the debug pages, the same workers the
 * call uses) send nothing the inspector objects to; and a page that does post a camera frame,
 * raw or in base64 JSON, or calls another host, is caught, so a clean result means something.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PerceptionDebugPage } from './pages/perception-debug';
import { VoiceTextDebugPage } from './pages/voice-text-debug';
import { useAppUnderTest } from './support/fixture';
import { cameraClip, fakeMediaArgs, speechWav } from './support/media';
import { RequestInspector } from './support/request-inspector';

describe('the request inspector in Chromium', () => {
  const env = useAppUnderTest(fakeMediaArgs({ video: cameraClip(), audio: speechWav().wav }));
  let context: BrowserContext;

  beforeAll(async () => {
    context = await env.browser.newContext();
  });

  afterAll(async () => {
    await context?.close();
  });

  it('finds nothing while the three workers read the camera, the microphone and a message', async () => {
    const inspector = new RequestInspector(context, env.server.url);
    const face = new PerceptionDebugPage(await context.newPage(), env.server.url);
    await face.start();
    expect(await face.settledState()).toBe('ready');
    await face.waitForReading('face');

    const voiceText = new VoiceTextDebugPage(await context.newPage(), env.server.url);
    await voiceText.open();
    await voiceText.startMicrophone();
    expect(await voiceText.settled('voice-status')).toBe('ready');
    await voiceText.waitForVoiceReading();
    await voiceText.send('I am so stressed about the deadline');

    console.info(
      `inspected ${inspector.requests.length} requests, ` +
        `${inspector.serviceWorkerRequests} of them from the service worker`,
    );
    expect(inspector.requests.length).toBeGreaterThan(5);
    expect(inspector.findings()).toEqual([]);
    for (const page of context.pages()) await page.close();
  });

  it('catches a camera frame posted raw or in base64 JSON, and a call to another host', async () => {
    const inspector = new RequestInspector(context, env.server.url);
    const face = new PerceptionDebugPage(await context.newPage(), env.server.url);
    await face.start();
    await face.waitForReading('face');
    await face.page.evaluate(async () => {
      const video = document.querySelector('video')!;
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      canvas.getContext('2d')!.drawImage(video, 0, 0);
      const jpeg = await new Promise<Blob>((resolve) =>
        canvas.toBlob((blob) => resolve(blob!), 'image/jpeg'),
      );
      const bytes = new Uint8Array(await jpeg.arrayBuffer());
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      const post = (body: BodyInit, type: string) =>
        fetch('/api/health', { method: 'POST', body, headers: { 'content-type': type } }).catch(
          () => undefined,
        );
      await post(bytes, 'application/octet-stream');
      await post(JSON.stringify({ frame: btoa(binary) }), 'application/json');
    });
    // The app's content policy stops its own pages from calling out; a navigation still leaves.
    await face.page.goto('http://127.0.0.1:9/collect').catch(() => undefined);
    const reasons = inspector.findings().map((finding) => finding.reason);
    expect(reasons).toContain('JPEG bytes in the body');
    expect(reasons).toContain('JPEG bytes in base64');
    expect(reasons).toContain(`goes to http://127.0.0.1:9, not the app's own ${env.server.url}`);
    await face.page.close();
  });
});
