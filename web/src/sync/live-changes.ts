/**
 * Follows the server's nudges that the account's data changed (`GET /api/sync/events`, a
 * server-sent event stream read with fetch so the Authorization header goes along) while the page
 * is visible and online. Where the server cannot hold a stream (501) the app keeps polling only.
 */
import { backoffDelay } from './backoff';

export type OpenEventStream = (signal: AbortSignal) => Promise<Response>;

export class LiveChanges {
  private controller: AbortController | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private unavailable = false;

  constructor(
    private readonly open: OpenEventStream,
    /** Called on each change, and once per connection to catch up on what was missed. */
    private readonly onChange: () => void,
    private readonly random: () => number = Math.random,
  ) {}

  /** Connects if it should and is not connected yet: call it on start, online and visible. */
  connect(): void {
    if (this.unavailable || this.controller || !navigator.onLine) return;
    if (document.visibilityState !== 'visible') return;
    clearTimeout(this.retryTimer);
    const controller = new AbortController();
    this.controller = controller;
    void this.follow(controller);
  }

  disconnect(): void {
    clearTimeout(this.retryTimer);
    this.controller?.abort();
    this.controller = undefined;
  }

  private async follow(controller: AbortController): Promise<void> {
    try {
      const response = await this.open(controller.signal);
      if (response.status === 501) {
        this.unavailable = true;
        return;
      }
      if (!response.ok || !response.body)
        throw new Error(`event stream answered ${response.status}`);
      this.failures = 0;
      this.onChange();
      await readServerSentEvents(response.body, (event) => {
        if (event === 'change') this.onChange();
      });
    } catch {
      // Reconnected below; the periodic sync covers the gap.
    } finally {
      if (this.controller === controller && !controller.signal.aborted) {
        this.controller = undefined;
        this.failures += 1;
        this.retryTimer = setTimeout(
          () => this.connect(),
          backoffDelay(this.failures, this.random),
        );
      }
    }
  }
}

/** Calls `onEvent` with each event's name (`message` when unnamed) until the stream ends. */
export async function readServerSentEvents(
  body: ReadableStream<Uint8Array>,
  onEvent: (name: string, data: string) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let name = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
      // A block of comments only is a heartbeat.
      if (block.split('\n').some((line) => line !== '' && !line.startsWith(':'))) {
        onEvent(name, data.join('\n'));
      }
    }
  }
}
