/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';

/**
 * The rule sources are written one phrase per line (oneOf/anyOf in ../phrases.ts), so a reviewer
 * can read, diff and blame a single phrase; a regular expression pasted back onto one line would
 * make a 1,000-character line again. The copy files hold what a person reads, one sentence a line.
 */
const COPY = ['./resources.ts', './danger-resources.ts', './safety-reply.ts', './screen-reply.ts'];
const SOURCES = import.meta.glob<string>(['./*.ts', '../idioms.ts', '!./*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const LONGEST = 120;
/** Every other source file of the project, to check how it reaches this folder. */
const OUTSIDE = import.meta.glob<string>(
  [
    '/{core,web,workers,eval,models,edge-api,e2e,bench}/**/*.{ts,tsx}',
    '!/core/text/crisis/**',
    '!**/node_modules/**',
  ],
  { query: '?raw', import: 'default', eager: true },
);

describe('crisis rule files', () => {
  it('are read from the folder', () => {
    expect(Object.keys(SOURCES)).toEqual(
      expect.arrayContaining(['./rules.ts', './concepts.ts', './signs.ts', './finality.ts']),
    );
  });

  it(`keep every line within ${LONGEST} characters`, () => {
    for (const [path, source] of Object.entries(SOURCES)) {
      if (COPY.includes(path)) continue;
      const long = source
        .split('\n')
        .map((line, i) => ({ line: i + 1, length: line.length }))
        .filter((line) => line.length > LONGEST);
      expect(long, path).toEqual([]);
    }
  });

  it('are reached from outside the folder through its entry point only', () => {
    const inside = /from '[^']*text\/crisis\/(?!index(?:\.ts)?')[^']*'/;
    const reached = Object.entries(OUTSIDE).filter(([, source]) => /text\/crisis/.test(source));
    expect(reached.length).toBeGreaterThan(5);
    for (const [path, source] of reached) expect(source, path).not.toMatch(inside);
  });
});
