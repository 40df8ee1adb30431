/**
 * `npm run bench:chat`: how fast the companion starts answering. Prints one JSON document. Not a
 * test: numbers vary with the machine. Targets (issue 8): the built-in reply's first token ≤ 50 ms
 * p95 on the server and in the browser; fusion ≤ 1 ms per update; the LLM proxy adds ≤ 20 ms to
 * the upstream's first token.
 */
import { existsSync } from 'node:fs';
import { benchBrowserFirstToken } from './chat-browser';
import { benchServer } from './chat-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM_UP = 20;

/** bench/fusion.ts belongs to the fusion work; until it exists the report says so. */
async function fusion() {
  const path = './fusion.ts';
  if (!existsSync(new URL(path, import.meta.url))) {
    return { todo: 'bench/fusion.ts (benchFusion) is not on this branch yet' };
  }
  const module = (await import(path)) as { benchFusion: () => Promise<unknown> | unknown };
  return module.benchFusion();
}

const server = await benchServer(RUNS, WARM_UP);
const browser = await benchBrowserFirstToken(RUNS, WARM_UP);
const fused = await fusion();
const met = (value: number | null | undefined, target: number) =>
  value === null || value === undefined ? null : value <= target;

console.info(
  JSON.stringify(
    {
      builtin_first_token: { server: server.builtin, browser },
      fusion: fused,
      llm_proxy: server.proxy,
      targets: {
        builtin_first_token_p95_ms: 50,
        fusion_per_update_ms: 1,
        proxy_added_ms: 20,
        server_met: met(server.builtin.first_token_ms.p95, 50),
        browser_met: met(browser.first_token_ms.p95, 50),
        proxy_met: met(server.proxy.reply_right_after_first_token.added_ms.p95, 20),
      },
    },
    null,
    2,
  ),
);
