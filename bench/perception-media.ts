/**
 * What the browser benches need before they start: the tools and the built app with its models.
 * The fake camera and microphone files come from e2e/support/media.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CRY_THEN_LAUGH, VIDEOS } from '../e2e/support/media';

export const CLIP = CRY_THEN_LAUGH;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Served from dist/, so the build must have been made after `npm run models`. */
const BUILT = [
  'dist/index.html',
  'dist/models/face_landmarker.task',
  'dist/models/face-expression.onnx',
  'dist/models/voice-emotion.onnx',
  'dist/models/vad/silero_vad_v5.onnx',
  'dist/models/text/rivion-text-emotion/onnx/model.onnx',
  'dist/models/ort-transformers/ort-wasm-simd-threaded.asyncify.wasm',
];

function has(command: string, args: string[]): boolean {
  return !spawnSync(command, args, { stdio: 'ignore' }).error;
}

/** Every reason the bench cannot run, as sentences; empty when it can. */
export function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  if (!has('ffmpeg', ['-version'])) missing.push('ffmpeg is not installed (makes the fake camera)');
  for (const tool of ['espeak-ng', 'sox']) {
    if (!has(tool, ['--version'])) missing.push(`${tool} is not installed (makes the fake mic)`);
  }
  if (!existsSync(join(VIDEOS, CLIP)))
    missing.push(`the face clip ${join(VIDEOS, CLIP)} is missing`);
  const absent = BUILT.filter((file) => !existsSync(file));
  if (absent.length) {
    missing.push(
      `the built app lacks ${absent.join(', ')}: run ` +
        '`RIVION_MODELS_DIR=../shared/models npm run models` then `npx vite build`',
    );
  }
  return missing;
}
