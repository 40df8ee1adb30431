import { afterEach, describe, expect, it, vi } from 'vitest';
import { runEval } from './cli';

describe('runEval', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers an evaluation that cannot run with exit code 1 and a sentence', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runEval(['safety', '--data', 'eval/data/no-such-file.csv'])).toBe(1);
    expect(String(errors.mock.calls[0]![0])).toMatch(/no-such-file/);
  });

  it('prints usage for unknown modalities or a missing --data', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runEval(['smell', '--data', 'x.csv'])).toBe(2);
    expect(await runEval(['safety'])).toBe(2);
    expect(errors.mock.calls[0]![0]).toMatch(
      /^usage: npm run eval -- <face\|voice\|text\|safety\|fusion>/,
    );
  });

  it('takes --perturb for face only, and only a known condition or all', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runEval(['face', '--data', 'x', '--perturb', 'fog'])).toBe(2);
    expect(await runEval(['safety', '--data', 'x.csv', '--perturb', 'dark'])).toBe(2);
    expect(errors.mock.calls[0]![0]).toMatch(/--perturb <all\|none\|dark\|/);
  });

  it('takes --split for fusion only, dev or test', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runEval(['fusion', '--data', 'x', '--split', 'train'])).toBe(2);
    expect(await runEval(['safety', '--data', 'x.csv', '--split', 'dev'])).toBe(2);
  });

  it('prints the safety evaluation as JSON', async () => {
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await runEval(['safety', '--data', 'eval/data/safety-dev.csv'])).toBe(0);
    const printed = JSON.parse(String(out.mock.calls[0]![0]));
    expect(Object.keys(printed.levels)).toEqual(['none', 'elevated', 'severe']);
  });

  it('exits 1 when the data cannot be read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await runEval(['safety', '--data', 'eval/data/missing.csv'])).toBe(1);
  });
});
