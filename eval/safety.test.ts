import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSafety, readSafetyCsv } from './safety';

async function csvFile(contents: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'rivion-safety-')), 'set.csv');
  await writeFile(path, contents);
  return path;
}

describe('evaluateSafety', () => {
  it('scores each level and lists what it got wrong', async () => {
    const path = await csvFile(
      [
        'text,level',
        '"I want to die, honestly",severe',
        'this deadline is killing me,none',
        '"I can\'t take this anymore",elevated',
        'the weather is nice,severe',
      ].join('\n'),
    );
    const result = await evaluateSafety(path);
    expect(result.n).toBe(4);
    expect(result.levels.severe).toEqual({ precision: 1, recall: 0.5, support: 2 });
    expect(result.levels.elevated).toEqual({ precision: 1, recall: 1, support: 1 });
    expect(result.misclassified).toEqual([
      { text: 'the weather is nice', expected: 'severe', predicted: 'none', reasons: [] },
    ]);
  });

  it('shows what the sentence encoder adds: a paraphrase the rules miss is raised, and the numbers without it stay beside', async () => {
    const path = await csvFile(
      [
        'text,level',
        'thinking of taking the long sleep this weekend,severe',
        'this deadline is killing me,none',
      ].join('\n'),
    );
    const withEncoder = await evaluateSafety(path);
    const without = await evaluateSafety(path, { encoder: false });
    expect(without.levels.severe.recall).toBe(0);
    expect(withEncoder.without_encoder?.levels.severe.recall).toBe(0);
    expect(withEncoder.levels.severe.recall).toBe(1);
    expect(withEncoder.levels.none.recall).toBe(1);
    expect(withEncoder.encoder_raised).toEqual({ count: 1, correct: 1 });
    expect(without.without_encoder).toBeUndefined();
  });

  it('refuses rows with a level outside none|elevated|severe', async () => {
    const path = await csvFile('text,level\nhello,high\n');
    await expect(readSafetyCsv(path)).rejects.toThrow(/row 2/);
  });

  it('meets the safety targets on the dev set it was tuned on', async () => {
    const { levels } = await evaluateSafety('eval/data/safety-dev.csv');
    expect(levels.severe.recall).toBe(1);
    expect(levels.severe.precision).toBeGreaterThanOrEqual(0.9);
    expect(levels.elevated.recall).toBeGreaterThanOrEqual(0.9);
  });
});
