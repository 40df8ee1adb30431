/** Calls POST /api/chat/reply in process and reads its events, for tests and bench:chat. */
import { randomUUID } from 'node:crypto';
import { createSseParser, type SseEvent } from '../../../core/streaming/sse';
import type { AppType } from '../app';

export interface ReadEvent {
  event: string;
  // Tests assert on the event payloads.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data: any;
  /** ms after the request was sent. */
  atMs: number;
}

export function replyBody(message: string, extra: Record<string, unknown> = {}) {
  return { session_id: randomUUID(), message, ...extra };
}

export function postReply(app: AppType, token: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    app.request('/api/chat/reply', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    }),
  );
}

/** Every event of a reply stream, with when it arrived; `stopAfter` cancels the read early. */
export async function readReply(
  response: Response,
  { startedAt = performance.now(), stopAfter }: { startedAt?: number; stopAfter?: number } = {},
): Promise<ReadEvent[]> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const parser = createSseParser();
  const events: ReadEvent[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return events;
    const atMs = performance.now() - startedAt;
    events.push(...parser.push(value).map((event: SseEvent) => parsed(event, atMs)));
    if (stopAfter !== undefined && events.length >= stopAfter) {
      await reader.cancel();
      return events;
    }
  }
}

function parsed(event: SseEvent, atMs: number): ReadEvent {
  return { event: event.event, data: JSON.parse(event.data), atMs };
}
