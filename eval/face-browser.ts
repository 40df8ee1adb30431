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
import { CHROMIUM_ARGS } from '../e2e/support/browser.ts';
import { contentSecurityPolicy } from '../web/csp.ts';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface EvalBrowser {
  url: string;
  newPage(): Promise<Page>;
  close(): Promise<void>;
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
