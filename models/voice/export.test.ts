import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMOTIONS } from '../../core/emotions';
import { VOICE_FEATURE_NAMES } from '../../workers/voice/features/layout';
import { exportVoiceModel } from './export';
import { openSession, runProbabilities } from './onnx-session';
import { predictProbabilities, trainSoftmaxRegression } from './softmax-regression';

// Three separable clusters in 5 dimensions; class 6 (surprised) is absent, as in EmoDB.
function toyData() {
  const x: Float32Array[] = [];
  const y: number[] = [];
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
  for (let n = 0; n < 60; n++) {
    const label = n % 3;
    x.push(Float32Array.from({ length: 5 }, (_, f) => (f === label ? 2 : 0) + random() * 0.5));
    y.push(label);
  }
  return { x, y };
}

describe('voice model export', () => {
  const { x, y } = toyData();
  const model = trainSoftmaxRegression(x, y, EMOTIONS.length, { l2: 0.01 });

  it('learns the clusters and never predicts a class it had no examples of', () => {
    const correct = x.filter((row, i) => {
      const p = predictProbabilities(model, row);
      return p.indexOf(Math.max(...p)) === y[i];
    }).length;
    expect(correct / x.length).toBeGreaterThan(0.95);
    expect(predictProbabilities(model, x[0]!)[6]).toBeLessThan(1e-9);
  });

  it('gives the same probabilities in onnxruntime-web as in TypeScript', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'voice-onnx-')), 'toy.onnx');
    exportVoiceModel(path, model);
    const session = await openSession(path);
    const rows = x.slice(0, 10);
    const fromOnnx = await runProbabilities(session, rows);
    rows.forEach((row, i) => {
      const expected = predictProbabilities(model, row);
      expected.forEach((p, c) => expect(fromOnnx[i]![c]).toBeCloseTo(p, 5));
    });
  });

  it('ships a committed model that ignores the mean level (EmoDB is peak-normalised)', async () => {
    const quiet = new Float32Array(VOICE_FEATURE_NAMES.length);
    const loud = quiet.slice();
    loud[VOICE_FEATURE_NAMES.indexOf('energy_mean_db')] = 3;
    const [a, b] = await runProbabilities(await openSession(), [quiet, loud]);
    a!.forEach((p, c) => expect(b![c]).toBeCloseTo(p, 6));
  });

  it('ships a committed model that loads and outputs 7 probabilities per row', async () => {
    const session = await openSession();
    const [probabilities] = await runProbabilities(session, [
      new Float32Array(VOICE_FEATURE_NAMES.length),
    ]);
    expect(probabilities).toHaveLength(EMOTIONS.length);
    expect(probabilities!.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });
});
