/**
 * The load generator, run as its own process so it does not share an event loop (or a core's
 * worth of JSON work) with the server it measures. Reads a scenario as JSON from argv, prints
 * autocannon's summary as JSON on stdout.
 */
import autocannon from 'autocannon';
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

function pick<T>(items: T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

function requestFor(plan: LoadPlan): autocannon.Request {
  const json = { 'content-type': 'application/json' };
  switch (plan.scenario) {
    case 'login':
      return {
        method: 'POST',
        path: '/api/auth/login',
        headers: json,
        body: JSON.stringify(plan.login),
      };
    case 'pull':
      return {
        method: 'GET',
        path: '/api/sync/pull?cursor=0&limit=100',
        setupRequest: (request) => ({
          ...request,
          headers: { authorization: `Bearer ${pick(plan.tokens)}` },
        }),
      };
    case 'push':
      return {
        method: 'POST',
        path: '/api/sync/push',
        setupRequest: (request) => ({
          ...request,
          headers: { ...json, authorization: `Bearer ${pick(plan.tokens)}` },
          body: JSON.stringify({
            client_id: 'bench-device-1',
            epoch: 0,
            changes: journalBatch(plan.changesPerPush, 'bench-device-1'),
          }),
        }),
      };
  }
}

async function run(plan: LoadPlan) {
  const result = await autocannon({
    url: plan.url,
    connections: plan.connections,
    duration: plan.seconds,
    ...(plan.rate ? { overallRate: plan.rate } : {}),
    requests: [requestFor(plan)],
  });
  return {
    requests: result.requests.total,
    requests_per_s: round(result.requests.total / result.duration),
    latency_ms: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    non_2xx: result.non2xx,
    errors: result.errors,
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;
console.info(JSON.stringify(await run(plan)));
