/**
 * The server side of bench:chat, over real HTTP against `npm start` in a child process: the
 * built-in reply's first token through POST /api/chat/reply, and what the proxy adds to an LLM's
 * first token, against the local OpenAI-compatible test server with a fixed first-token delay.
 */
import { randomUUID } from 'node:crypto';
import OpenAI from 'openai';
import { startServer } from '../e2e/support/server';
import { startOpenAiTestServer, type ScriptedAnswer } from '../edge-api/src/testing/openai-server';
import { readReply } from '../edge-api/src/testing/reply-stream';
import { BENCH_MESSAGES } from './chat-messages';
import { spread } from './perception-stats';

const UPSTREAM_DELAY_MS = 100;
const QUICK: ScriptedAnswer = {
  kind: 'stream',
  tokens: ['That sounds like a lot. ', 'What ', 'helps ', 'most?'],
  firstTokenDelayMs: UPSTREAM_DELAY_MS,
};
/** A model writing about 40 tokens a second, its first sentence five tokens long. */
const PACED: ScriptedAnswer = {
  kind: 'stream',
  tokens: ['That ', 'sounds ', 'like ', 'a ', 'lot. ', 'What ', 'helps ', 'most?'],
  firstTokenDelayMs: UPSTREAM_DELAY_MS,
  tokenDelayMs: 25,
};

async function post<T>(url: string, path: string, body: unknown, token?: string, method = 'POST') {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

export async function benchServer(runs: number, warmUp: number) {
  const upstream = await startOpenAiTestServer();
  const server = await startServer({
    LLM_BASE_URL: upstream.baseUrl,
    LLM_MODEL: 'bench-model',
    RATE_LIMIT_PER_MINUTE: '1000000',
    AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
  });
  try {
    const register = () =>
      post<{ token: string }>(server.url, '/api/auth/register', {
        email: `bench-${randomUUID()}@example.com`,
        username: 'Bench',
        password: 'bench password 123',
        privacy_consent: true,
      });
    const [keeper, chooser] = [await register(), await register()];
    await post(
      server.url,
      '/api/settings/preferences',
      { llm_enabled: true },
      chooser.token,
      'PUT',
    );

    const firstToken = async (token: string, index: number) => {
      const { message, mood } = BENCH_MESSAGES[index % BENCH_MESSAGES.length]!;
      const started = performance.now();
      const response = await fetch(`${server.url}/api/chat/reply`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          session_id: randomUUID(),
          message,
          mood: { ...mood, hidden_stress: mood.hiddenStress, hiddenStress: undefined },
        }),
      });
      const events = await readReply(response, { startedAt: started });
      const first = events.find((event) => event.event === 'token')!;
      const done = events.find((event) => event.event === 'done')!;
      return { ms: first.atMs, source: done.data.source as string };
    };

    const client = new OpenAI({ baseURL: upstream.baseUrl, apiKey: 'bench', maxRetries: 0 });
    const directFirstToken = async () => {
      const started = performance.now();
      const stream = await client.chat.completions.create({
        model: 'bench-model',
        messages: [{ role: 'user', content: 'hello' }],
        stream: true,
      });
      let ms = NaN;
      for await (const chunk of stream) {
        if (chunk.choices[0]?.delta?.content && Number.isNaN(ms)) ms = performance.now() - started;
      }
      return ms;
    };

    for (let i = 0; i < warmUp; i++) await firstToken(keeper.token, i);
    const builtin: number[] = [];
    for (let i = 0; i < runs; i++) builtin.push((await firstToken(keeper.token, i)).ms);

    const measureProxy = async (answer: ScriptedAnswer, count: number) => {
      const direct: number[] = [];
      const proxied: number[] = [];
      for (let i = 0; i < count; i++) {
        upstream.script(answer);
        direct.push(await directFirstToken());
        upstream.script(answer);
        const { ms, source } = await firstToken(chooser.token, i);
        if (source !== 'llm') throw new Error(`the proxy answered from ${source}`);
        proxied.push(ms);
      }
      const upstreamFirst = spread(direct);
      const throughProxy = spread(proxied);
      return {
        upstream_first_token_ms: upstreamFirst,
        through_proxy_first_token_ms: throughProxy,
        added_ms: {
          median: Number((throughProxy.median! - upstreamFirst.median!).toFixed(2)),
          p95: Number((throughProxy.p95! - upstreamFirst.p95!).toFixed(2)),
        },
      };
    };
    upstream.script(QUICK);
    await firstToken(chooser.token, 0);
    const proxyRuns = Math.max(20, Math.round(runs / 4));
    return {
      builtin: {
        where:
          'POST /api/chat/reply over HTTP on `npm start` (embedded PGlite), from request sent to first token event',
        runs,
        first_token_ms: spread(builtin),
      },
      proxy: {
        upstream: `local OpenAI-compatible test server, first token after ${UPSTREAM_DELAY_MS} ms`,
        runs: proxyRuns,
        reply_right_after_first_token: await measureProxy(QUICK, proxyRuns),
        tokens_every_25_ms_first_sentence_5_tokens: await measureProxy(PACED, proxyRuns),
      },
    };
  } finally {
    await server.dispose();
    await upstream.close();
  }
}
