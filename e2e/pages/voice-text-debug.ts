/** Page model for /debug/voice-text: start the microphone, send messages, read both workers' output. */
import type { Page } from 'playwright-core';

export class VoiceTextDebugPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/debug/voice-text`);
  }

  async startMicrophone(): Promise<void> {
    await this.page.getByTestId('voice-start').click();
  }

  voiceStatus() {
    return this.page.getByTestId('voice-status');
  }

  textStatus() {
    return this.page.getByTestId('text-status');
  }

  /** Waits until a status line settles on ready or off; returns that state. */
  async settled(testId: 'voice-status' | 'text-status'): Promise<string> {
    const line = `[data-testid="${testId}"]`;
    await this.page.waitForSelector(`${line}[data-state="ready"], ${line}[data-state="off"]`, {
      timeout: 90_000,
    });
    return (await this.page.getByTestId(testId).getAttribute('data-state')) ?? '';
  }

  async waitForVoiceReading(): Promise<void> {
    await this.page.waitForSelector('[data-testid="voice-reading"][data-reading="voice"]', {
      timeout: 90_000,
    });
  }

  /** Sends a message without waiting for the worker's reading of it. */
  async submit(message: string): Promise<void> {
    await this.page.getByTestId('text-input').fill(message);
    await this.page.getByTestId('text-submit').click();
  }

  /** Sends a message and waits for the worker's full reading of it. */
  async send(message: string): Promise<void> {
    await this.submit(message);
    await this.page.waitForSelector('[data-testid="text-reading"][data-state="done"]', {
      timeout: 30_000,
    });
  }

  /** 'pending' until the text worker's full reading of the latest message is back, then 'done'. */
  async readingState(): Promise<string | null> {
    return this.page.getByTestId('text-reading').getAttribute('data-state');
  }

  async textEmotion(): Promise<string | null> {
    return this.page.getByTestId('text-emotion').getAttribute('data-emotion');
  }

  async sentiment(): Promise<number> {
    return Number(await this.page.getByTestId('text-sentiment').getAttribute('data-value'));
  }

  crisisResources() {
    return this.page.getByTestId('crisis-resources');
  }
}
