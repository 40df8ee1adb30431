/**
 * A local OpenAI-compatible chat server for tests and bench:chat: real HTTP on 127.0.0.1 (node:http),
 * speaking the streaming protocol of POST /v1/chat/completions as OpenAI documents it — `data:
 * {chat.completion.chunk}` lines whose choices[0].delta carries the role, then the content, then a
 * chunk with finish_reason, then `data: [DONE]` — and OpenAI-style error bodies. Each request takes
 * the next scripted answer; with none scripted it streams DEFAULT_TOKENS. It records every request
 * so a test can say what was sent, or that nothing was.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ScriptedAnswer =
  | {
      kind: 'stream';
      tokens: readonly string[];
      finish?: 'stop' | 'length';
      /** Wait before the first content chunk (the model "thinking"). */
      firstTokenDelayMs?: number;
      /** Wait between content chunks. */
      tokenDelayMs?: number;
    }
  /** Sends these tokens, then nothing more while keeping the connection open. */
  | { kind: 'stall'; tokens: readonly string[] }
  | {
      kind: 'error';
      status: number;
      message: string;
      type?: string;
      headers?: Record<string, string>;
    }
  | { kind: 'rate_limit'; retryAfterSeconds: number };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  // The request body as the client sent it (JSON).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  /** The client hung up before the answer was complete (the proxy stopped the upstream). */
  closedEarly: boolean;
}

export interface OpenAiTestServer {
  /** e.g. http://127.0.0.1:41234/v1, what LLM_BASE_URL is set to. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queue answers for the next requests, in order. */
  script(...answers: ScriptedAnswer[]): void;
  /** Forget requests and scripted answers. */
  reset(): void;
  close(): Promise<void>;
}

export const DEFAULT_TOKENS = ['That ', 'sounds ', 'like ', 'a lot. ', 'What ', 'helps ', 'most?'];

export async function startOpenAiTestServer(): Promise<OpenAiTestServer> {
  const requests: RecordedRequest[] = [];
  const queue: ScriptedAnswer[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const server = createServer((request, response) => {
    let raw = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (raw += chunk));
    request.on('end', () => {
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // recorded as text
      }
      const record: RecordedRequest = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body,
        closedEarly: false,
      };
      requests.push(record);
      response.on('close', () => (record.closedEarly = !response.writableEnded));
      if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
        sendError(response, 404, `Unknown path ${request.url}`, 'invalid_request_error');
        return;
      }
      const answer = queue.shift() ?? { kind: 'stream', tokens: DEFAULT_TOKENS };
      void answerWith(answer, response, (body as { model?: string }).model ?? 'test-model', later);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...answers) => queue.push(...answers),
    reset() {
      requests.length = 0;
      queue.length = 0;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      // Stalled streams never end on their own.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function answerWith(
  answer: ScriptedAnswer,
  response: ServerResponse,
  model: string,
  later: (ms: number) => Promise<void>,
): Promise<void> {
  if (answer.kind === 'error') {
    sendError(
      response,
      answer.status,
      answer.message,
      answer.type ?? 'server_error',
      answer.headers,
    );
    return;
  }
  if (answer.kind === 'rate_limit') {
    sendError(response, 429, 'Rate limit reached for requests', 'requests', {
      'retry-after': String(answer.retryAfterSeconds),
    });
    return;
  }
  const id = `chatcmpl-${Math.random().toString(36).slice(2)}`;
  const created = Math.floor(Date.now() / 1000);
  const chunk = (delta: object, finish: string | null) =>
    `data: ${JSON.stringify({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      system_fingerprint: 'fp_test',
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    })}\n\n`;
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  response.write(chunk({ role: 'assistant', content: '' }, null));
  if (answer.kind === 'stall') {
    for (const token of answer.tokens) response.write(chunk({ content: token }, null));
    return; // and never another byte
  }
  if (answer.firstTokenDelayMs) await later(answer.firstTokenDelayMs);
  for (const [index, token] of answer.tokens.entries()) {
    if (index > 0 && answer.tokenDelayMs) await later(answer.tokenDelayMs);
    if (response.destroyed) return;
    response.write(chunk({ content: token }, null));
  }
  response.write(chunk({}, answer.finish ?? 'stop'));
  response.end('data: [DONE]\n\n');
}

function sendError(
  response: ServerResponse,
  status: number,
  message: string,
  type: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify({ error: { message, type, param: null, code: null } }));
}
