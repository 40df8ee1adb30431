/** The layer rule in eslint.config.js catches a climb into another layer from any depth. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  // Only the layer rule, without type information: these files exist only as text here.
  overrideConfig: {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { '@typescript-eslint/no-floating-promises': 'off' },
  },
});

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'rivion/layers').map((m) => m.message);
}

describe('rivion/layers', () => {
  it('keeps core/ to itself, its model data files and its pure packages', async () => {
    const errors = await layerErrors(
      'core/text/probe.ts',
      [
        "import weights from '../../models/safety/crisis-classifier.json';",
        "import { EMOTIONS } from '../emotions';",
        "import { z } from 'zod';",
        "import { pageThing } from '../../web/src/app';",
        "import { Hono } from 'hono';",
        'export const all = [weights, EMOTIONS, z, pageThing, Hono];',
      ].join('\n'),
    );
    expect(errors).toEqual([
      expect.stringContaining('core/ may not import web/src/app '),
      expect.stringContaining('core/ may not import the package "hono"'),
    ]);
  });

  it('keeps the page out of workers and out of the server', async () => {
    expect(
      await layerErrors('workers/face/deep/probe.ts', "export * from '../../../web/src/x';"),
    ).toEqual([expect.stringContaining('workers/ may not import web/src/x ')]);
    expect(
      await layerErrors('edge-api/src/probe.ts', "const m = import('../../web/csp'); void m;"),
    ).toEqual([expect.stringContaining('edge-api/ may not import web/csp ')]);
    expect(await layerErrors('edge-api/src/probe.ts', "export * from '../../core/csp';")).toEqual(
      [],
    );
  });
});
