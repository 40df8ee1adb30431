/**
 * The Worker entry must bundle for workerd the way wrangler bundles it: no Node-only module of
 * ours, and no embedded database, may sneak in through an import.
 */
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('Cloudflare Worker bundle', () => {
  it('builds for workerd with only nodejs_compat built-ins and without PGlite', async () => {
    const result = await build({
      entryPoints: ['edge-api/src/worker.ts'],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'neutral',
      mainFields: ['module', 'main'],
      conditions: ['workerd', 'worker', 'browser'],
      // Provided at run time by the nodejs_compat flag and the Workers runtime.
      external: ['node:*', 'cloudflare:*'],
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((path) => path.includes('@electric-sql/pglite'))).toBe(false);
    expect(inputs.some((path) => path.includes('edge-api/src/node/'))).toBe(false);
    expect(inputs).toContain('edge-api/src/app.ts');
  });
});
