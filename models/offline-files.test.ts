import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from './manifest.json';
import type { ModelManifest } from './fetch';
import { DOWNLOAD_HEADER, offlineFiles } from './offline-files';
import { projectOfflineFiles } from './offline-files-plugin';
import { PERCEPTION_RUNTIMES } from './perception-runtimes-plugin';

const { models, runtimes } = manifest as ModelManifest;
const files = offlineFiles(models, [...runtimes, ...PERCEPTION_RUNTIMES], () => 7);
const urls = files.map((file) => file.url);

describe('the files downloaded for offline calls', () => {
  it('lists every manifest model at the URL a worker fetches, with its size and checksum', () => {
    for (const model of models) {
      expect(files).toContainEqual({
        url: `/models/${model.file}`,
        bytes: model.bytes,
        sha256: model.sha256,
      });
    }
  });

  it('lists the WebAssembly runtimes the workers load, each once', () => {
    expect(urls).toContain('/models/mediapipe/vision_wasm_module_internal.wasm');
    expect(urls).toContain('/models/ort/ort-wasm-simd-threaded.wasm');
    expect(urls).toContain('/models/tfjs/tfjs-backend-wasm-simd.wasm');
    expect(urls).toContain('/models/ort-transformers/ort-wasm-simd-threaded.asyncify.wasm');
    expect(new Set(urls).size).toBe(urls.length);
    // silero VAD is a manifest model and a perception runtime: kept once, with its checksum.
    expect(files.filter((file) => file.url === '/models/vad/silero_vad_v5.onnx')).toEqual([
      expect.objectContaining({ sha256: expect.any(String) }),
    ]);
  });

  it('sizes runtime files from the packages they are copied from', () => {
    const built = projectOfflineFiles();
    const ortWasm = built.find((file) => file.url === '/models/ort/ort-wasm-simd-threaded.wasm');
    expect(ortWasm?.bytes).toBeGreaterThan(1_000_000);
    expect(built.every((file) => file.bytes > 0)).toBe(true);
  });

  it("is left to the network by the service worker's /models/ rule (its header is written out there)", () => {
    expect(readFileSync(new URL('../vite.config.ts', import.meta.url), 'utf8')).toContain(
      `request.headers.has('${DOWNLOAD_HEADER}')`,
    );
  });
});
