/** Page model for /debug/perception: start the camera, read the face worker's status and reading. */
import type { Page } from 'playwright-core';

export class PerceptionDebugPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async start(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/debug/perception`);
    await this.page.getByTestId('debug-start').click();
  }

  status() {
    return this.page.getByTestId('face-status');
  }

  /** Waits until the status settles on on (ready) or off; returns that state. */
  async settledState(): Promise<string> {
    await this.page.waitForSelector(
      '[data-testid="face-status"][data-state="ready"], [data-testid="face-status"][data-state="off"]',
      {
        timeout: 90_000,
      },
    );
    return (await this.status().getAttribute('data-state')) ?? '';
  }

  /** Whether the page still holds a live camera track (false once the camera is released). */
  async cameraLive(): Promise<boolean> {
    return this.page.evaluate(() => {
      const stream = document.querySelector('video')?.srcObject;
      return stream instanceof MediaStream
        ? stream.getTracks().some((track) => track.readyState === 'live')
        : false;
    });
  }

  async waitForReading(kind: 'face' | 'no_face'): Promise<void> {
    await this.page.waitForSelector(`[data-testid="face-reading"][data-reading="${kind}"]`, {
      timeout: 60_000,
    });
  }
}
