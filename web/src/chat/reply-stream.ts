/**
 * Where a reply comes from: the server's stream when online, the built-in responder on this device
 * when offline or when the server cannot answer. Both arrive token by token, so the page looks the
 * same either way; only the quiet note differs. Never throws for a failed server: the person gets
 * a reply, not an error.
 */
import type { ConversationContext, MicroIntervention } from '../../../core/conversation/types';
import { respond } from './parts';

export const OFFLINE_NOTE = 'Answered on this device while offline';

export interface FinalReply {
  text: string;
  source: 'builtin' | 'llm' | 'safety';
  suggestion: MicroIntervention | null;
  /** A quiet note under the reply ("Answered on this device while offline"), or null. */
  note: string | null;
  /** The server's own crisis reading of the message, when the server answered. */
  risk?: 'none' | 'elevated' | 'severe';
}

export interface ReplyOptions {
  online: boolean;
  sessionId: string;
  onToken(token: string): void;
  /** The tokens shown so far are void: the reply starts again on the device. */
  onRestart?(): void;
  signal?: AbortSignal;
  /** Streams the server's reply; throws when the server cannot be reached or refuses. */
  fromServer?: ServerReply;
  /** Pause between local tokens, so the built-in reply reads like the streamed one. */
  tokenDelayMs?: number;
}

export type ServerReply = (
  context: ConversationContext,
  sessionId: string,
  handlers: { onToken(token: string): void; onReset(): void },
  signal?: AbortSignal,
) => Promise<FinalReply>;

export async function getReply(
  context: ConversationContext,
  options: ReplyOptions,
): Promise<FinalReply> {
  const delayMs = options.tokenDelayMs ?? 18;
  if (options.online && options.fromServer) {
    const paced = pacedTokens(options.onToken, delayMs);
    try {
      const reply = await options.fromServer(
        context,
        options.sessionId,
        {
          onToken: paced.push,
          onReset: () => {
            paced.clear();
            options.onRestart?.();
          },
        },
        options.signal,
      );
      await paced.drained();
      return reply;
    } catch (error) {
      paced.clear();
      if (options.signal?.aborted) throw error;
      // Half a reply then a failure: start over on the device rather than splice two voices.
      if (paced.started()) options.onRestart?.();
      console.warn('The reply server could not answer; answering on this device.', error);
    }
  }
  const reply = respond(context);
  await streamLocally(reply.text, options.onToken, delayMs, options.signal);
  return {
    text: reply.text,
    source: reply.source,
    suggestion: reply.suggestion,
    note: OFFLINE_NOTE,
  };
}

/** The reply's words one after another, as a stream would deliver them. */
export async function streamLocally(
  text: string,
  onToken: (token: string) => void,
  delayMs: number,
  signal?: AbortSignal,
): Promise<void> {
  for (const token of text.match(/\S+\s*/g) ?? []) {
    if (signal?.aborted) return;
    onToken(token);
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
}

/**
 * Shows tokens at most one per `delayMs`: a server's words often arrive in one burst (the built-in
 * reply is sent whole), which would appear all at once; paced, every reply reads the same way. The
 * first token shows the moment it arrives.
 */
export function pacedTokens(onToken: (token: string) => void, delayMs: number) {
  const queue: string[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let started = false;
  let whenDrained: (() => void)[] = [];
  const settle = () => {
    for (const resolve of whenDrained) resolve();
    whenDrained = [];
  };
  const next = () => {
    const token = queue.shift();
    if (token === undefined) {
      timer = undefined;
      settle();
      return;
    }
    onToken(token);
    timer = setTimeout(next, delayMs);
  };
  return {
    push(token: string) {
      started = true;
      queue.push(token);
      if (timer === undefined) next();
    },
    clear() {
      queue.length = 0;
      clearTimeout(timer);
      timer = undefined;
      settle();
    },
    started: () => started,
    drained: () =>
      timer === undefined && queue.length === 0
        ? Promise.resolve()
        : new Promise<void>((resolve) => whenDrained.push(resolve)),
  };
}
