/**
 * Puts all three workers on one main thread without touching the app: /debug/perception is loaded
 * in a same-origin iframe of /debug/voice-text, which Chromium runs in the same renderer process
 * and on the same event loop as its parent, so long tasks from either page are on one thread.
 * The server forbids framing (CSP `frame-ancestors 'none'`); for that one document, and only in
 * this browser, the bench drops that directive and keeps the rest of the policy.
 */
import type { Frame, Page } from 'playwright-core';
import type { VoiceTextDebugPage } from '../e2e/pages/voice-text-debug';

const SETTLED = (testId: string) =>
  `[data-testid="${testId}"][data-state="ready"], [data-testid="${testId}"][data-state="off"]`;

/** Opens the face debug page in an iframe kept in view (so its video frames keep coming). */
export async function openFace(page: Page, baseUrl: string): Promise<Frame> {
  const url = `${baseUrl}/debug/perception`;
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    const policy = headers['content-security-policy'];
    if (policy) {
      headers['content-security-policy'] = policy
        .split(';')
        .filter((directive) => !directive.trim().startsWith('frame-ancestors'))
        .join(';');
    }
    await route.fulfill({ response, headers });
  });
  const loaded = page.waitForEvent('framenavigated', (frame) => frame.url() === url);
  await page.evaluate(`(() => {
    const frame = document.createElement('iframe');
    frame.src = ${JSON.stringify(url)};
    frame.title = 'face';
    frame.style.cssText = 'position:fixed;top:0;right:0;width:680px;height:900px;border:0;background:#fff';
    document.body.appendChild(frame);
  })()`);
  const frame = await loaded;
  await frame.waitForLoadState('load');
  await frame.getByTestId('debug-start').click();
  return frame;
}

async function stateOf(frame: Frame, testId: string): Promise<{ state: string; text: string }> {
  await frame.waitForSelector(SETTLED(testId), { timeout: 120_000 });
  const line = frame.getByTestId(testId);
  return { state: (await line.getAttribute('data-state')) ?? '', text: await line.innerText() };
}

/** Waits for all three workers to be ready and for a first face and voice reading. */
export async function settle(voiceText: VoiceTextDebugPage, face: Frame): Promise<void> {
  const main = voiceText.page.mainFrame();
  const lines = [
    await stateOf(face, 'face-status'),
    await stateOf(main, 'voice-status'),
    await stateOf(main, 'text-status'),
  ];
  const off = lines.filter((line) => line.state !== 'ready');
  if (off.length) throw new Error(`a worker is off: ${off.map((line) => line.text).join(' | ')}`);
  await face.waitForSelector('[data-testid="face-reading"][data-reading]', { timeout: 60_000 });
  await voiceText.waitForVoiceReading();
}
