/**
 * Serves the face eval page with Vite (the same worker code and CSP as the app) and opens Debian's
 * Chromium with a fresh profile.
 */
import { chromium, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { contentSecurityPolicy } from '../core/csp';
import type { EvalImage, ImageOutcome } from './face-page/main';
import type { PerturbationName } from './face-page/perturb';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface EvalBrowser {
  url: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

// A page (and its worker) is replaced after this many images: Chromium's memory grows with
// every frame MediaPipe sees (about 1 GB after 1,500 here).
const IMAGES_PER_PAGE = 300;

/** The eval page with its worker loaded, replaced every IMAGES_PER_PAGE images across calls. */
export interface EvalPages {
  analyse(images: EvalImage[], perturbation: PerturbationName): Promise<ImageOutcome[]>;
  close(): Promise<void>;
}

/**
 * Pages are kept across perturbation conditions (one load per 300 images, not per condition);
 * the worker runs in IMAGE mode, so which page an image lands on does not change its reading.
 */
export function evalPages(browser: EvalBrowser): EvalPages {
  let page: Page | undefined;
  let seen = 0;
  const open = async () => {
    await page?.close();
    page = await browser.newPage();
    await page.goto(browser.url);
    const status = await page.evaluate(() => window.faceEval.load());
    if (status.state !== 'ready')
      throw new Error(`face worker did not load: ${JSON.stringify(status)}`);
    seen = 0;
    return page;
  };
  return {
    async analyse(images, perturbation) {
      const current = !page || seen + images.length > IMAGES_PER_PAGE ? await open() : page;
      seen += images.length;
      return current.evaluate(([batch, name]) => window.faceEval.analyse(batch, name), [
        images,
        perturbation,
      ] as const);
    },
    close: async () => void (await page?.close()),
  };
}

export async function startEvalBrowser(): Promise<EvalBrowser> {
  const server: ViteDevServer = await createServer({
    configFile: false,
    root: join(REPO_ROOT, 'eval/face-page'),
    publicDir: join(REPO_ROOT, 'public'),
    logLevel: 'error',
    server: { port: 0, host: '127.0.0.1', hmr: false, fs: { allow: [REPO_ROOT] } },
    plugins: [
      {
        name: 'rivion-eval-csp',
        configureServer: (vite) =>
          void vite.middlewares.use((_req, res, next) => {
            res.setHeader('Content-Security-Policy', contentSecurityPolicy([]));
            next();
          }),
      },
    ],
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('eval server has no port');
  const profile = mkdtempSync(join(tmpdir(), 'rivion-face-eval-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    url: `http://127.0.0.1:${address.port}/`,
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
