import { describe, expect, it } from 'vitest';
import { ApiError } from '../sync/api-client';
import { ReplyInterruptedError, streamReply, type FinalReply } from './reply-client';

const FINAL: FinalReply = {
  text: 'You said work was busy. What helped?',
  source: 'builtin',
  suggestion: null,
  risk: 'none',
  note: { code: 'llm_off', message: 'RIVION wrote this reply itself.' },
};

/** The server's bytes, split at awkward places as a network would. */
function eventStream(
  text: string,
  size = 5,
  { hangAfter = false } = {},
): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) {
        if (!hangAfter) controller.close();
        return new Promise(() => {});
      }
      controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
const request = { session_id: '5b0a7c1e-8c2b-4d8e-9a52-0d7f6b1c2e3f', message: 'Busy day' };

function collect() {
  const shown: string[] = [];
  let text = '';
  return {
    handlers: {
      onToken: (token: string) => {
        text += token;
        shown.push(text);
      },
      onReset: () => (text = ''),
    },
    shown,
    text: () => text,
  };
}

describe('streamReply', () => {
  it('shows tokens as they arrive, honours a reset, and settles with the done event', async () => {
    const body =
      ': hi\n\n' +
      sse('token', { text: 'Half ' }) +
      sse('reset', {}) +
      sse('token', { text: 'You said work was busy. ' }) +
      sse('token', { text: 'What helped?' }) +
      sse('done', FINAL);
    let sent = '';
    const view = collect();
    const final = await streamReply(
      async (json) => {
        sent = json;
        return new Response(eventStream(body, 3), {
          headers: { 'content-type': 'text/event-stream' },
        });
      },
      request,
      view.handlers,
      new AbortController().signal,
    );
    expect(JSON.parse(sent)).toEqual(request);
    expect(view.shown).toEqual(['Half ', 'You said work was busy. ', FINAL.text]);
    expect(final).toEqual(FINAL);
    expect(view.text()).toBe(final.text);
  });

  it('turns a JSON error into ApiError with the server’s code', async () => {
    const refusal = Response.json(
      { error: { code: 'validation_error', message: 'message must be at most 4000 characters' } },
      { status: 400 },
    );
    const failed = streamReply(
      async () => refusal,
      request,
      collect().handlers,
      new AbortController().signal,
    );
    await expect(failed).rejects.toBeInstanceOf(ApiError);
    await expect(failed).rejects.toMatchObject({ code: 'validation_error' });
  });

  it('says the reply was interrupted when the stream ends without done', async () => {
    const cut = new Response(eventStream(sse('token', { text: 'Hal' })));
    await expect(
      streamReply(async () => cut, request, collect().handlers, new AbortController().signal),
    ).rejects.toBeInstanceOf(ReplyInterruptedError);
  });

  it('stops reading, and cancels the stream, when aborted mid-reply', async () => {
    const controller = new AbortController();
    let cancelled = false;
    const body = eventStream(sse('token', { text: 'Still ' }), 100, { hangAfter: true });
    const tracked = new ReadableStream<Uint8Array>({
      async pull(c) {
        const reader = body.getReader();
        const { value } = await reader.read();
        reader.releaseLock();
        if (value) c.enqueue(value);
      },
      cancel: () => {
        cancelled = true;
      },
    });
    const view = collect();
    const pending = streamReply(
      async () => new Response(tracked),
      request,
      view.handlers,
      controller.signal,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(view.text()).toBe('Still ');
    controller.abort();
    await expect(pending).rejects.toBeDefined();
    expect(cancelled).toBe(true);
  });
});
