/**
 * The load generator, run as its own process so it does not share an event loop (or a core's
 * worth of JSON work) with the server it measures. Reads a scenario as JSON from argv, prints a
 * summary as JSON on stdout.
 *
 * Two modes. Without `rate`: autocannon keeps `connections` requests in flight (throughput).
 * With `rate`: an open-loop generator sends one request every 1/rate seconds whatever the server
 * does, and measures each latency from when the request was due — autocannon's own rate option
 * fires each second's quota in one burst, which measures its queue rather than our server.
 */
import autocannon from 'autocannon';
import { Agent, request } from 'undici';
import { journalBatch } from './batch';

export interface LoadPlan {
  url: string;
  scenario: 'login' | 'push' | 'pull';
  tokens: string[];
  login: { email: string; password: string };
  connections: number;
  seconds: number;
  /** Fixed offered load in requests per second; unset = as fast as the server answers. */
  rate?: number;
  changesPerPush: number;
}

interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

/** A fresh request of the scenario: a random account, and for pushes new records. */
function nextRequest(plan: LoadPlan): BenchRequest {
  const json = { 'content-type': 'application/json' };
  const auth = () => ({ authorization: `Bearer ${pick(plan.tokens)}` });
  switch (plan.scenario) {
    case 'login':
      return {
        method: 'POST',
        path: '/api/auth/login',
        headers: json,
        body: JSON.stringify(plan.login),
      };
    case 'pull':
      return { method: 'GET', path: '/api/sync/pull?cursor=0&limit=100', headers: auth() };
    case 'push':
      return {
        method: 'POST',
        path: '/api/sync/push',
        headers: { ...json, ...auth() },
        body: JSON.stringify({
          client_id: 'bench-device-1',
          epoch: 0,
          changes: journalBatch(plan.changesPerPush, 'bench-device-1'),
        }),
      };
  }
}

async function throughput(plan: LoadPlan) {
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: plan.seconds,
    requests: [{ setupRequest: (base) => ({ ...base, ...nextRequest(plan) }) }],
  });
  return {
    requests: result.requests.total,
    requests_per_s: round(result.requests.total / result.duration),
    latency_ms: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    non_2xx: result.non2xx,
    errors: result.errors,
  };
}

async function fixedRate(plan: LoadPlan, rate: number) {
  const dispatcher = new Agent({ connections: plan.connections, keepAliveTimeout: 30_000 });
  const total = Math.round(rate * plan.seconds);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const { method, path, headers, body } = nextRequest(plan);
    inFlight.push(
      request(`${plan.url}${path}`, { method, headers, body, dispatcher })
        .then(async (response) => {
          await response.body.dump();
          if (response.statusCode >= 300) non2xx += 1;
          latencies.push(performance.now() - due);
        })
        .catch(() => {
          errors += 1;
        }),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  await dispatcher.close();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  return {
    requests: total,
    offered_per_s: rate,
    requests_per_s: round(latencies.length / elapsed),
    latency_ms: { p50: at(0.5), p99: at(0.99), max: at(1) },
    non_2xx: non2xx,
    errors,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
console.info(JSON.stringify(await (plan.rate ? fixedRate(plan, plan.rate) : throughput(plan))));
