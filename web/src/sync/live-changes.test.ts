// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveChanges, readServerSentEvents } from './live-changes';

function stream(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

let live: LiveChanges | undefined;
afterEach(() => live?.disconnect());

describe('LiveChanges', () => {
  it('reads named events across chunk boundaries and skips heartbeats', async () => {
    const events: [string, string][] = [];
    await readServerSentEvents(
      stream([
        ': hello\n\nevent: change\nda',
        'ta: {"cursor":"7"}\n\n',
        ': ping\r\n\r\n',
        'event: change\ndata: {"cursor":"8"}\n\n',
      ]),
      (name, data) => events.push([name, data]),
    );
    expect(events).toEqual([
      ['change', '{"cursor":"7"}'],
      ['change', '{"cursor":"8"}'],
    ]);
  });

  it('syncs on connecting and on each change, and reconnects when the stream ends', async () => {
    const open = vi.fn(async () => new Response(stream(['event: change\ndata: {}\n\n'])));
    const onChange = vi.fn();
    live = new LiveChanges(open, onChange, () => 0);
    live.connect();

    await vi.waitFor(() => expect(open).toHaveBeenCalledTimes(2), { timeout: 5_000 });
    expect(onChange.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('stops trying where the server has no stream (501), leaving the periodic sync', async () => {
    const open = vi.fn(async () => new Response('{}', { status: 501 }));
    live = new LiveChanges(open, vi.fn(), () => 0);
    live.connect();
    await vi.waitFor(() => expect(open).toHaveBeenCalledTimes(1));
    live.connect();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(open).toHaveBeenCalledTimes(1);
  });
});
