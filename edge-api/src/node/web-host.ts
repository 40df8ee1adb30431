/**
 * One origin for everything on Node: the API, its Swagger UI assets, and the built PWA from ./dist
 * with the single-page fallback. Security headers cover every response.
 */
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { AppType } from '../app';
import { DOCS_ASSETS_PATH } from '../routes/docs';
import { securityHeaders } from '../middleware/security-headers';

export const DIST_DIR = './dist';

const swaggerUiDir = relative(
  process.cwd(),
  dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json')),
);

/** Vite puts content-hashed files under assets/: they never change, so browsers may keep them. */
function cacheControl(path: string): string {
  return /(^|\/)assets\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

export function hostWebApp(api: AppType, apiOrigins: string[]) {
  const host = new Hono();
  host.use('*', securityHeaders(apiOrigins));
  host.use(
    `${DOCS_ASSETS_PATH}/*`,
    serveStatic({
      root: swaggerUiDir,
      rewriteRequestPath: (path) => path.slice(DOCS_ASSETS_PATH.length),
    }),
  );
  host.route('/', api);
  if (existsSync(DIST_DIR)) {
    // Index.html and sw.js must be revalidated, or a deploy would never reach installed apps.
    const onFound = (path: string, c: { header: (name: string, value: string) => void }) =>
      c.header('Cache-Control', cacheControl(relative(DIST_DIR, path)));
    // The build writes .br and .gz beside each text asset (vite.config.ts); the browser gets the
    // smallest it accepts, with no compression work per request.
    host.use('*', serveStatic({ root: DIST_DIR, onFound, precompressed: true }));
    host.get(
      '*',
      serveStatic({ path: join(DIST_DIR, 'index.html'), onFound, precompressed: true }),
    );
  }
  return host;
}
