/**
 * Copies the voice and text workers' runtime files out of node_modules into public/models/
 * (gitignored), so they are served from our origin and cached for offline use like the models:
 * silero VAD from @ricky0123/vad-web, and the onnxruntime-web build transformers.js bundles (a newer
 * one than ours, so its WASM must match it, not /models/ort/). Runs when Vite builds or serves.
 */
import type { Plugin } from 'vite';
import { REPO_ROOT, provisionRuntime, type RuntimeEntry } from './fetch';
import { join } from 'node:path';

export const PERCEPTION_RUNTIMES: RuntimeEntry[] = [
  {
    id: 'silero-vad',
    package: '@ricky0123/vad-web',
    files: ['dist/silero_vad_v5.onnx'],
    dir: 'vad',
  },
  {
    id: 'transformers-onnxruntime-web-wasm',
    package: '@huggingface/transformers',
    files: ['node_modules/onnxruntime-web/dist/ort-wasm-simd-threaded.asyncify.wasm'],
    dir: 'ort-transformers',
  },
];

export function perceptionRuntimesPlugin(): Plugin {
  const provision = () => {
    const options = {
      manifest: { models: [], runtimes: PERCEPTION_RUNTIMES },
      repoRoot: REPO_ROOT,
      outDir: join(REPO_ROOT, 'public/models'),
    };
    for (const runtime of PERCEPTION_RUNTIMES) provisionRuntime(runtime, options);
  };
  return {
    name: 'rivion-perception-runtimes',
    // Before Vite copies public/ into the build, and before the dev server answers.
    buildStart: provision,
    configureServer: provision,
  };
}

/**
 * onnxruntime-web names its WASM with `new URL(..., import.meta.url)`, so Vite emits copies (41 MB)
 * into assets/ from the worker bundles. Every worker points ORT at /models/ instead (`wasmPaths`),
 * so those copies are never fetched: this leaves them out of the build. For `worker.plugins`.
 */
export function dropBundledOrtWasm(): Plugin {
  return {
    name: 'rivion-drop-bundled-ort-wasm',
    generateBundle(_options, bundle) {
      for (const name of Object.keys(bundle)) {
        if (/^assets\/ort-wasm[^/]*\.wasm$/.test(name)) delete bundle[name];
      }
    },
  };
}
