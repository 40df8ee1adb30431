/** Reads face-api's tfjs weight manifest + .bin (uint8-quantised or float32 entries) into plain arrays. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

interface WeightSpec {
  name: string;
  shape: number[];
  dtype: 'float32';
  quantization?: { dtype: 'uint8'; scale: number; min: number };
}

export interface NamedWeight {
  shape: number[];
  values: Float32Array;
}

/** face-api's own model folder inside node_modules. */
export const FACE_API_MODEL_DIR = join(
  dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')),
  'model',
);

/** face-api's expression classes, in the order of its 256→7 layer. */
export const FACE_API_CLASSES = [
  'neutral',
  'happy',
  'sad',
  'angry',
  'fearful',
  'disgusted',
  'surprised',
] as const;

/** Dequantises every tensor of a face-api model the same way tfjs's `io.decodeWeights` does. */
export function readFaceApiWeights(
  modelName = 'face_expression_model',
  dir = FACE_API_MODEL_DIR,
): Map<string, NamedWeight> {
  const manifest = JSON.parse(
    readFileSync(join(dir, `${modelName}-weights_manifest.json`), 'utf8'),
  ) as { weights: WeightSpec[]; paths: string[] }[];
  const weights = new Map<string, NamedWeight>();
  for (const group of manifest) {
    const bytes = Buffer.concat(group.paths.map((path) => readFileSync(join(dir, path))));
    let offset = 0;
    for (const spec of group.weights) {
      const size = spec.shape.reduce((product, d) => product * d, 1);
      const values = new Float32Array(size);
      const q = spec.quantization;
      if (q) {
        if (q.dtype !== 'uint8') throw new Error(`${spec.name}: unsupported ${q.dtype}`);
        for (let i = 0; i < size; i++) values[i] = bytes[offset + i]! * q.scale + q.min;
        offset += size;
      } else {
        for (let i = 0; i < size; i++) values[i] = bytes.readFloatLE(offset + i * 4);
        offset += size * 4;
      }
      weights.set(spec.name, { shape: spec.shape, values });
    }
    if (offset !== bytes.length)
      throw new Error(`${modelName}: ${bytes.length - offset} bytes left`);
  }
  return weights;
}

/** Reorders a tfjs HWIO kernel [kh, kw, in, out] to ONNX OIHW [out, in, kh, kw]. */
export function hwioToOihw({ shape, values }: NamedWeight): NamedWeight {
  const [kh, kw, cin, cout] = shape as [number, number, number, number];
  const out = new Float32Array(values.length);
  for (let y = 0; y < kh; y++)
    for (let x = 0; x < kw; x++)
      for (let i = 0; i < cin; i++)
        for (let o = 0; o < cout; o++) {
          out[((o * cin + i) * kh + y) * kw + x] = values[((y * kw + x) * cin + i) * cout + o]!;
        }
  return { shape: [cout, cin, kh, kw], values: out };
}

/** A tfjs depthwise kernel [kh, kw, C, 1] as an ONNX grouped-conv kernel [C, 1, kh, kw]. */
export function depthwiseToOnnx({ shape, values }: NamedWeight): NamedWeight {
  const [kh, kw, channels] = shape as [number, number, number, number];
  const swapped = hwioToOihw({ shape: [kh, kw, 1, channels], values });
  return { shape: [channels, 1, kh, kw], values: swapped.values };
}
