/**
 * The configured OpenAI-compatible server, through the openai SDK, as a stream of tokens. Every
 * way it can fail (no answer in time, a stall mid-stream, 429, an error body, no connection)
 * becomes an LlmUnavailable with a reason code and nothing else: upstream messages can carry the
 * server's URL, the key's last digits or a stack, and none of that may reach a person or a log.
 */
import OpenAI from 'openai';
import type { LlmConfig } from '../config';
import type { ChatMessage } from './responder';

export const LLM_FAILURES = [
  'timeout',
  'stalled',
  'rate_limited',
  'upstream_error',
  'unreachable',
  'cut_short',
  'empty',
] as const;
export type LlmFailure = (typeof LLM_FAILURES)[number];

export class LlmUnavailable extends Error {
  override name = 'LlmUnavailable';
  constructor(readonly reason: LlmFailure) {
    super(`The LLM did not answer (${reason})`);
  }
}

/** Why the upstream stopped: 'length' means cut at the token limit, 'other' a filter or a tool. */
export type FinishReason = 'stop' | 'length' | 'other';

function finishOf(reason: string): FinishReason {
  return reason === 'stop' || reason === 'length' ? reason : 'other';
}

export interface LlmClient {
  /** Tokens as the upstream sends them; returns how it finished. Aborts with `signal`. */
  stream(messages: ChatMessage[], signal: AbortSignal): AsyncGenerator<string, FinishReason>;
  /** False while the upstream's Retry-After runs, so nobody waits on a call bound to fail. */
  ready(nowMs: number): boolean;
}

/** Seconds of Retry-After (or an HTTP date) as milliseconds; a missing one waits 30 s. */
function retryAfterMs(headers: Headers | undefined, nowMs: number): number {
  const value = headers?.get('retry-after');
  if (!value) return 30_000;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? 30_000 : Math.max(0, date - nowMs);
}

export function createLlmClient(
  config: LlmConfig,
  options: { fetch?: typeof fetch; now?: () => number } = {},
): LlmClient {
  const now = options.now ?? Date.now;
  const client = new OpenAI({
    baseURL: config.baseUrl,
    // The SDK refuses to start without one; servers that take none ignore it.
    apiKey: config.apiKey ?? 'unused',
    timeout: config.timeoutMs,
    // A retry would keep the person waiting; the built-in responder answers instead.
    maxRetries: 0,
    fetch: options.fetch,
  });
  let waitUntil = 0;

  function unavailable(error: unknown): LlmUnavailable {
    if (error instanceof OpenAI.APIError && error.status === 429) {
      waitUntil = now() + retryAfterMs(error.headers, now());
      return new LlmUnavailable('rate_limited');
    }
    if (error instanceof OpenAI.APIConnectionTimeoutError) return new LlmUnavailable('timeout');
    if (error instanceof OpenAI.APIConnectionError) return new LlmUnavailable('unreachable');
    return new LlmUnavailable('upstream_error');
  }

  return {
    ready: (nowMs) => nowMs >= waitUntil,

    async *stream(messages, signal) {
      const controller = new AbortController();
      let waited: 'timeout' | 'stalled' | null = null;
      let received = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      // The clock restarts with every token: a first-token timeout, then a stall timeout.
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          waited = received ? 'stalled' : 'timeout';
          controller.abort();
        }, config.timeoutMs);
      };
      const stop = () => controller.abort();
      signal.addEventListener('abort', stop);
      arm();
      try {
        const completion = await client.chat.completions.create(
          { model: config.model, messages, stream: true },
          { signal: controller.signal },
        );
        let finish: FinishReason = 'stop';
        for await (const chunk of completion) {
          const choice = chunk.choices[0];
          const token = choice?.delta?.content;
          if (token) {
            received = true;
            arm();
            yield token;
          }
          if (choice?.finish_reason) finish = finishOf(choice.finish_reason);
        }
        // The SDK ends an aborted stream quietly, as if it had finished.
        if (waited) throw new LlmUnavailable(waited);
        if (signal.aborted) throw new DOMException('The person left', 'AbortError');
        return finish;
      } catch (error) {
        if (error instanceof LlmUnavailable || signal.aborted) throw error;
        throw waited ? new LlmUnavailable(waited) : unavailable(error);
      } finally {
        clearTimeout(timer);
        signal.removeEventListener('abort', stop);
        // A consumer that stops early (the person left) must not leave the upstream generating.
        controller.abort();
      }
    },
  };
}
