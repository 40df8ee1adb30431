import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest-unit.json' },
    include: [
      'core/**/*.test.ts',
      'edge-api/**/*.test.ts',
      'web/**/*.test.{ts,tsx}',
      'workers/**/*.test.ts',
      'eval/**/*.test.ts',
      'models/**/*.test.ts',
      'e2e/support/**/*.test.ts',
      'eslint-layers.test.ts',
      'readme.test.ts',
      'vitest.setup.test.ts',
    ],
    // One fixed fast-check seed for every property test (printed when a test fails).
    setupFiles: ['vitest.setup.ts'],
    // PBKDF2 at 600,000 iterations and PGlite start-up make API tests slower than pure ones.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
