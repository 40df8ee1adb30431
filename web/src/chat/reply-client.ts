/**
 * Reads the companion's reply from POST /api/chat/reply as it streams (fetch, because EventSource
 * can neither POST nor send the Authorization header). Tokens are handed over as they arrive; the
 * promise settles with the whole reply from the `done` event, which is what the page stores, so a
 * stream cut short stores nothing. Abort with the signal when the person leaves or sends again.
 */
import { createSseParser } from '../../../core/streaming/sse';
import type { FinalReply } from '../../../edge-api/src/chat/reply-stream';
import type { ChatReplyRequestBody } from '../../../edge-api/src/schemas/chat-reply';
import { ApiError } from '../sync/api-client';

export type { FinalReply };

export interface ReplyHandlers {
  /** Append to the reply being shown. */
  onToken(text: string): void;
  /** Clear what was shown: a replacement reply follows. */
  onReset(): void;
}

/** The stream ended without its `done` event (the connection dropped). */
export class ReplyInterruptedError extends Error {
  constructor() {
    super('The reply stopped before it was complete');
    this.name = 'ReplyInterruptedError';
  }
}

/** `send` posts the body to /api/chat/reply with the person's token (authorized-fetch.ts). */
export async function streamReply(
  send: (body: string, signal: AbortSignal) => Promise<Response>,
  request: ChatReplyRequestBody,
  handlers: ReplyHandlers,
  signal: AbortSignal,
): Promise<FinalReply> {
  const response = await send(JSON.stringify(request), signal);
  if (!response.ok) throw await ApiError.from(response);
  if (!response.body) throw new ReplyInterruptedError();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = createSseParser();
  // Cancelling the reader also cancels the response body, which ends the request.
  const stop = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', stop);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        signal.throwIfAborted();
        throw new ReplyInterruptedError();
      }
      for (const { event, data } of parser.push(value)) {
        if (event === 'token') handlers.onToken((JSON.parse(data) as { text: string }).text);
        else if (event === 'reset') handlers.onReset();
        else if (event === 'done') return JSON.parse(data) as FinalReply;
      }
    }
  } finally {
    signal.removeEventListener('abort', stop);
    // Stops the server's work too when we return early.
    await reader.cancel().catch(() => {});
  }
}
