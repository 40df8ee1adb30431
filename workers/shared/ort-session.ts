import * as ort from 'onnxruntime-web/wasm';

/**
 * onnxruntime-web's WASM from our own origin (`npm run models` puts it in /models/ort/), never the
 * CDN it defaults to. Single-threaded unless the page is cross-origin isolated, as threads need
 * SharedArrayBuffer.
 */
export function openOwnOriginSession(model: Uint8Array): Promise<ort.InferenceSession> {
  ort.env.wasm.wasmPaths = {
    wasm: new URL('/models/ort/ort-wasm-simd-threaded.wasm', self.location.href).href,
  };
  ort.env.wasm.numThreads = self.crossOriginIsolated
    ? Math.min(2, navigator.hardwareConcurrency)
    : 1;
  return ort.InferenceSession.create(model, {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
  });
}
