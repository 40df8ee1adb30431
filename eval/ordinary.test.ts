import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateOrdinary, readOrdinaryText } from './ordinary';

async function file(name: string, contents: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'rivion-ordinary-')), name);
  await writeFile(path, contents);
  return path;
}

describe('evaluateOrdinary', () => {
  it('counts flags on everyday text, names each by id and path, and leaves out rows labelled genuine risk', async () => {
    const tsv = await file(
      'test.tsv',
      [
        'the weather is nice today\t3\ta1',
        'I want to die\t5\ta2',
        'I want to kill myself tonight, I have the pills\t5\ta3',
        'this deadline is killing me\t0\ta4',
      ].join('\n'),
    );
    const labels = await file(
      'genuine.csv',
      'dataset,id,level,reason\ngoemotions,a3,severe,plan and means\nmeld,a2,severe,other set\n',
    );
    const result = await evaluateOrdinary(tsv, labels);
    expect(result).toMatchObject({ dataset: 'goemotions', rows: 4, n: 3 });
    expect(result.severe).toMatchObject({ count: 1, percent: 33.33, rules: 1, classifier: 0 });
    expect(result.elevated.count).toBe(0);
    expect(result.flagged.map((flag) => [flag.id, flag.level, flag.path])).toEqual([
      ['a2', 'severe', 'rules'],
    ]);
    expect(result.genuineRisk).toEqual([
      { id: 'a3', labelled: 'severe', detected: 'severe', reason: 'plan and means' },
    ]);
  });

  it('counts how often danger from another person fires, with its kinds', async () => {
    const tsv = await file(
      'test.tsv',
      ['my boss will kill me if I am late\t0\tb1', 'my husband hits me when he drinks\t0\tb2'].join(
        '\n',
      ),
    );
    const { danger } = await evaluateOrdinary(
      tsv,
      await file('none.csv', 'dataset,id,level,reason\n'),
    );
    expect(danger.count).toBe(1);
    expect(danger.flagged.map((flag) => flag.id)).toEqual(['b2']);
  });

  it("reads MELD's utterances by their Sr No. with the subtitles' quotes repaired", async () => {
    const csv = await file(
      'test_sent_emo.csv',
      'Sr No.,Utterance,Speaker,Emotion\n1,"Iâ€™m fine, thanks",Ross,neutral\n',
    );
    expect(await readOrdinaryText(csv)).toEqual({
      dataset: 'meld',
      rows: [{ id: '1', text: "I'm fine, thanks" }],
    });
  });
});
