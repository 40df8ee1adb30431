import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../shared-data';
import { FACE_EXPRESSION_ONNX } from './convert-face-api';
import { loadFaceApiReference } from './face-api-reference';
import { FACE_API_CLASSES } from './face-api-weights';
import { decodeGrayPng, grayToRgbSquare } from './gray-png';
import '../voice/onnx-session'; // points onnxruntime-web at its wasm files under Node

const FERPLUS = sharedData('face', 'ferplus_test');
// One crop per class, fixed: the first listed in labels.csv for each label.
const CROPS = readFileSync(join(FERPLUS, 'labels.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',').slice(0, 2) as [string, string])
  .filter(([, label], i, rows) => rows.findIndex(([, l]) => l === label) === i);

describe('face-expression.onnx (converted face-api FaceExpressionNet)', () => {
  it("gives face-api's own probabilities (tfjs CPU) to 1e-4 on real FER+ crops", async () => {
    const reference = await loadFaceApiReference();
    const session = await ort.InferenceSession.create(readFileSync(FACE_EXPRESSION_ONNX));
    expect(CROPS.length).toBe(7);
    let agreeing = 0;
    for (const [file, label] of CROPS) {
      const rgb = grayToRgbSquare(decodeGrayPng(readFileSync(join(FERPLUS, file))), 112);
      const expected = await reference(rgb);
      const output = await session.run({ image: new ort.Tensor('float32', rgb, [1, 112, 112, 3]) });
      const actual = output.probabilities!.data as Float32Array;
      expect(actual.length).toBe(FACE_API_CLASSES.length);
      actual.forEach((p, i) => expect(Math.abs(p - expected[i]!)).toBeLessThan(1e-4));
      const top = FACE_API_CLASSES[actual.indexOf(Math.max(...actual))]!;
      if (top.startsWith(label.slice(0, 3))) agreeing += 1;
    }
    // Not an accuracy test (that is `eval face`), only a sign the class order is right.
    expect(agreeing).toBeGreaterThanOrEqual(3);
  }, 120_000);
});
