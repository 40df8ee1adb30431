/**
 * Page model for /call: start a call (text only, or with camera and microphone), send messages,
 * read replies, the live panel and the help panel, switch modalities, end the call.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export class CallPageModel {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** Opens /call by its address (the nav link belongs to the shell) and waits for it to settle. */
  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/call`);
    await this.page
      .getByTestId('call-start')
      .or(this.page.getByTestId('chat-input'))
      .first()
      .waitFor();
  }

  toggle(device: 'camera' | 'microphone') {
    return this.page.getByTestId(`call-toggle-${device}`);
  }

  /** Starts a call with only the devices named; a text-only call by default. */
  async startCall(devices: { camera?: boolean; microphone?: boolean } = {}): Promise<void> {
    await this.toggle('camera').setChecked(devices.camera ?? false);
    await this.toggle('microphone').setChecked(devices.microphone ?? false);
    await this.page.getByTestId('call-start').click();
    await this.page.getByTestId('chat-input').waitFor();
  }

  messages(sender?: 'user' | 'ai') {
    const all = this.page.getByTestId('chat-message');
    return sender
      ? this.page.locator(`[data-testid="chat-message"][data-sender="${sender}"]`)
      : all;
  }

  /**
   * Starts recording every text the streaming bubble shows, so a test can tell a reply that grew
   * word by word from one that appeared whole.
   */
  async recordStreaming(): Promise<void> {
    await this.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { streamed: string[] }).streamed = seen;
      new MutationObserver(() => {
        const bubble = document.querySelector('[data-testid="chat-streaming"] .chat-bubble');
        if (bubble?.textContent) seen.push(bubble.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }

  async streamedTexts(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { streamed: string[] }).streamed ?? []);
  }

  /** Sends a message and waits for the reply to it; returns the reply's text. */
  async send(text: string): Promise<string> {
    const replies = await this.messages('ai').count();
    await this.page.getByTestId('chat-input').fill(text);
    await this.page.getByTestId('chat-send').click();
    await this.messages('user').filter({ hasText: text }).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => this.messages('ai').count(), { timeout: 60_000 })
      .toBeGreaterThan(replies);
    return (await this.messages('ai').nth(replies).locator('.chat-bubble').innerText()).trim();
  }

  /** The note under the reply at `index` (0 = first reply), or '' when it has none. */
  async noteOfReply(index: number): Promise<string> {
    const note = this.messages('ai').nth(index).getByTestId('chat-note');
    return (await note.count()) ? note.innerText() : '';
  }

  crisisResources() {
    return this.page.getByTestId('crisis-resources');
  }

  /** The live panel's parts by their testid: 'emotion', 'stress', 'shares', 'calibrating'... */
  panel(part: string) {
    return this.page.getByTestId(`call-${part}`);
  }

  /** Scrolls to the end of the page with the mouse wheel, as a person reading the latest reply. */
  async scrollToBottom(): Promise<void> {
    await this.page.mouse.move(180, 300);
    await expect
      .poll(async () => {
        await this.page.mouse.wheel(0, 2000);
        return this.page.evaluate(() => innerHeight + scrollY >= document.body.scrollHeight - 1);
      })
      .toBe(true);
  }

  /**
   * Whether the element (the last with this testid) lies wholly in the viewport and nothing (the
   * sticky header or message box, say) covers its corners: what a person can see and reach as
   * the page stands.
   */
  async inPlainView(testId: string): Promise<boolean> {
    return this.page
      .getByTestId(testId)
      .last()
      .evaluate((element) => {
        const box = element.getBoundingClientRect();
        if (box.top < 0 || box.left < 0) return false;
        if (box.bottom > innerHeight || box.right > innerWidth) return false;
        // Inset past the rounded corners, which are not the element's to hit.
        const inset = 12;
        const points = [
          [box.left + inset, box.top + inset],
          [box.right - inset, box.top + inset],
          [box.left + inset, box.bottom - inset],
          [box.right - inset, box.bottom - inset],
        ] as const;
        return points.every(([x, y]) => element.contains(document.elementFromPoint(x, y)));
      });
  }

  modalityNote() {
    return this.page.getByTestId('call-modality-note');
  }

  async endCall(): Promise<void> {
    await this.page.getByTestId('call-end').click();
    await this.page.getByTestId('chat-summary').waitFor({ timeout: 30_000 });
  }

  /** The device-only safety events, read straight from IndexedDB. */
  async safetyEvents(): Promise<Record<string, unknown>[]> {
    return this.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('rivion');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction('safety_events').objectStore('safety_events').getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return rows;
    });
  }
}
