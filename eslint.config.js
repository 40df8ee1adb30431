import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The layers (STYLE.md, "Boundaries the tools hold"): which top-level folders a file in each layer
 * may import from. Checked on the resolved path, so `../../web/x` from any depth is caught and a
 * climb that stays inside the layer is not.
 */
const LAYERS = {
  // Pure logic that runs everywhere. Model data aside: the crisis classifier's weights
  // (models/safety/crisis-classifier.json) are plain JSON that core/text/crisis.ts reads.
  core: {
    allow: ['core'],
    allowFiles: [/^models\/.+\.json$/],
    packages: ['zod', 'vitest', 'fast-check'],
  },
  // Workers never import the page or the server.
  workers: { deny: ['web', 'edge-api'] },
  // The server never imports the page or worker code; what they share lives in core/.
  'edge-api': { deny: ['web', 'workers'] },
};

/** A rule defined here rather than a package: it resolves each relative import and checks its layer. */
const layersRule = {
  meta: {
    type: 'problem',
    messages: {
      outside: '{{from}}/ may not import {{target}} (STYLE.md: {{why}}).',
    },
    schema: [],
  },
  create(context) {
    const file = relative(ROOT, context.filename);
    const from = file.split('/')[0];
    const layer = LAYERS[from];
    if (!layer) return {};
    const check = (node) => {
      const source = node.source;
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      if (!spec.startsWith('.')) {
        const name = spec.startsWith('@')
          ? spec.split('/').slice(0, 2).join('/')
          : spec.split('/')[0];
        if (layer.packages && !layer.packages.includes(name)) {
          context.report({
            node: source,
            messageId: 'outside',
            data: { from, target: `the package "${name}"`, why: 'core/ has no I/O and no DOM' },
          });
        }
        return;
      }
      const target = relative(ROOT, resolve(dirname(context.filename), spec));
      const top = target.split('/')[0];
      const allowed = layer.allow
        ? layer.allow.includes(top) || (layer.allowFiles ?? []).some((re) => re.test(target))
        : !layer.deny.includes(top);
      if (!allowed) {
        context.report({
          node: source,
          messageId: 'outside',
          data: {
            from,
            target,
            why: layer.allow
              ? 'core/ imports nothing outside itself; move what is shared into core/'
              : 'workers and the server never import the page; move what is shared into core/',
          },
        });
      }
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'data/**',
      '.tmp/**',
      'public/models/**',
      'node_modules/**',
      'drizzle/meta/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { rivion: { rules: { layers: layersRule } } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      // One import style: relative imports name the module without its .ts/.tsx extension.
      'no-restricted-syntax': [
        'error',
        ...[
          'ImportDeclaration',
          'ExportAllDeclaration',
          'ExportNamedDeclaration',
          'ImportExpression',
        ].map((node) => ({
          selector: `${node}[source.value=/^[.]{1,2}[/].*[.]tsx?$/]`,
          message: 'Relative imports leave out the .ts/.tsx extension (one style everywhere).',
        })),
      ],
      'rivion/layers': 'error',
    },
  },
  {
    // Type-aware: every tsconfig.json in the repo, found per file by TypeScript's project service.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
    rules: {
      // A promise nobody awaits loses its rejection: await it, or `void` it with the reason why.
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
