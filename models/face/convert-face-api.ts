/**
 * `npx tsx models/face/convert-face-api.ts`: converts face-api's MIT-licensed expression network
 * (npm @vladmandic/face-api, model/face_expression_model-*) to models/face/face-expression.onnx.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { saveModel } from '../tools/onnx';
import { buildExpressionGraph, INPUT_SIZE, MEAN_RGB } from './expression-graph';
import { FACE_API_CLASSES, readFaceApiWeights } from './face-api-weights';

export const FACE_EXPRESSION_ONNX = fileURLToPath(
  new URL('./face-expression.onnx', import.meta.url),
);
export const FACE_EXPRESSION_SIDECAR = fileURLToPath(
  new URL('./face-expression.json', import.meta.url),
);

/** Writes the ONNX model and its sidecar (input/output names, class order); returns the byte size. */
export function convertFaceApiExpressionNet(path = FACE_EXPRESSION_ONNX): number {
  const bytes = saveModel(path, buildExpressionGraph(readFaceApiWeights()));
  const sidecar = {
    input: 'image',
    output: 'probabilities',
    input_shape: ['N', INPUT_SIZE, INPUT_SIZE, 3],
    input_format: 'RGB 0-255, NHWC; mean subtraction and /255 are inside the graph',
    mean_rgb: MEAN_RGB,
    classes: FACE_API_CLASSES,
    source: 'npm @vladmandic/face-api model/face_expression_model (MIT)',
  };
  // Short arrays on one line, as prettier keeps them, so a re-run leaves the file unchanged.
  const json = JSON.stringify(sidecar, null, 2).replace(
    /\[\n\s+([^[\]{}]*?)\n\s+\]/g,
    (_, inner: string) => `[${inner.split(/,\n\s+/).join(', ')}]`,
  );
  writeFileSync(FACE_EXPRESSION_SIDECAR, `${json}\n`);
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = convertFaceApiExpressionNet();
  const sha256 = createHash('sha256').update(readFileSync(FACE_EXPRESSION_ONNX)).digest('hex');
  console.info(JSON.stringify({ path: 'models/face/face-expression.onnx', bytes, sha256 }));
}
