/**
 * The built-in reply's first token in the browser: bench/chat-worker-entry.ts bundled with esbuild
 * and run in a dedicated Worker of headless Chromium (playwright-core, /usr/bin/chromium). Timed on
 * the page from postMessage to the first piece coming back. The page is served by Playwright's
 * router from memory: nothing goes to a network host.
 */
import { build } from 'esbuild';
import { launchBrowser } from '../e2e/support/browser';
import { spread } from './perception-stats';

const ORIGIN = 'http://bench.invalid';

export async function benchBrowserFirstToken(runs: number, warmUp: number) {
  const bundle = await build({
    entryPoints: ['bench/chat-worker-entry.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
    minify: true,
  });
  const workerCode = bundle.outputFiles[0]!.text;
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) =>
      route.fulfill(
        route.request().url().endsWith('/worker.js')
          ? { contentType: 'text/javascript', body: workerCode }
          : { contentType: 'text/html', body: '<!doctype html><title>bench:chat</title>' },
      ),
    );
    // tsx compiles this file keeping function names through a `__name` helper, which the
    // function handed to page.evaluate would then call in the page.
    await page.addInitScript('globalThis.__name = (target) => target');
    await page.goto(`${ORIGIN}/`);
    const times = await page.evaluate(
      async ({ runs, warmUp }) => {
        const worker = new Worker('/worker.js');
        const ask = (index: number) =>
          new Promise<number>((resolve) => {
            const started = performance.now();
            const onMessage = (event: MessageEvent<{ first?: string }>) => {
              if (event.data.first === undefined) return;
              worker.removeEventListener('message', onMessage);
              resolve(performance.now() - started);
            };
            worker.addEventListener('message', onMessage);
            worker.postMessage({ index });
          });
        const cold = await ask(0);
        for (let i = 1; i < warmUp; i++) await ask(i);
        const measured: number[] = [];
        for (let i = 0; i < runs; i++) measured.push(await ask(i));
        worker.terminate();
        return { cold, measured };
      },
      { runs, warmUp },
    );
    return {
      where: 'dedicated Web Worker in headless Chromium (Debian chromium, playwright-core)',
      runs,
      first_call_ms: Number(times.cold.toFixed(2)),
      first_token_ms: spread(times.measured),
    };
  } finally {
    await browser.close();
  }
}
