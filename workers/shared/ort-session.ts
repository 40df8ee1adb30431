import * as ort from 'onnxruntime-web/wasm';

export interface SessionOptions {
  /**
   * Most WASM threads to use. Threads need SharedArrayBuffer, which only a cross-origin-isolated
   * page has, so without isolation this is always 1.
   */
  maxThreads?: number;
}

/**
 * An onnxruntime-web session on the WASM SIMD build from our own origin (`npm run models` puts it
 * in /models/ort/), never the CDN it defaults to, run in this worker (no proxy worker of its own).
 */
export function openOwnOriginSession(
  model: Uint8Array,
  { maxThreads = 2 }: SessionOptions = {},
): Promise<ort.InferenceSession> {
  ort.env.wasm.wasmPaths = {
    wasm: new URL('/models/ort/ort-wasm-simd-threaded.wasm', self.location.href).href,
  };
  ort.env.wasm.numThreads = self.crossOriginIsolated
    ? Math.min(maxThreads, navigator.hardwareConcurrency)
    : 1;
  ort.env.wasm.proxy = false;
  return ort.InferenceSession.create(model, {
    executionProviders: ['wasm'],
    graphOptimizationLevel: 'all',
  });
}
