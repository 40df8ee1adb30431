import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateText } from './text';

const dir = mkdtempSync(join(tmpdir(), 'text-eval-'));

describe('evaluateText', () => {
  it('scores a text,label CSV with the real model', async () => {
    const path = join(dir, 'clear.csv');
    writeFileSync(
      path,
      'text,label\n"I am so happy today!",joy\n"This is disgusting",disgust\n' +
        '"I miss her so much, I cried all night",sadness\n"Wow, I did not expect that!",surprise\n',
    );
    const result = await evaluateText(path);
    expect(result.format).toBe('csv');
    expect(result.n).toBe(4);
    expect(result.combined.accuracy).toBe(1);
    expect(result.combined.confusion.labels).toHaveLength(7);
    expect(result.abstained).toBeGreaterThanOrEqual(0);
  });

  it('reads MELD columns and GoEmotions TSV, skipping multi-label rows', async () => {
    const meld = join(dir, 'meld.csv');
    writeFileSync(
      meld,
      'Sr No.,Utterance,Speaker,Emotion,Sentiment\n1,"Oh my God, I’m so happy for you!",Rachel,joy,positive\n',
    );
    expect((await evaluateText(meld)).format).toBe('meld');
    const tsv = join(dir, 'test.tsv');
    writeFileSync(tsv, 'I hate this so much\t0\tid1\nYay but also ugh\t0,3\tid2\n');
    const result = await evaluateText(tsv);
    expect(result).toMatchObject({ format: 'goemotions', n: 1, multi_label_rows_skipped: 1 });
  });
});
