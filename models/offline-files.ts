/**
 * The files a call fetches from /models/, listed once at build time for the app's offline download
 * (web/src/offline-models/): every model of models/manifest.json and every WebAssembly runtime the
 * workers load (the manifest's `runtimes` and the build's perception runtimes). Pure, so the list is
 * tested without a build; models/offline-files-plugin.ts hands it to the app as a virtual module.
 */
import type { ModelEntry, RuntimeEntry } from './fetch';

/** The service worker's runtime cache for /models/ (vite.config.ts), where the download writes too. */
export const MODELS_CACHE = 'rivion-models';

/**
 * A request carrying this header is left to the network by the service worker, so the download's
 * own fetch is not written into the cache a second time by the worker's CacheFirst rule.
 */
export const DOWNLOAD_HEADER = 'X-Rivion-Offline-Download';

export interface OfflineFile {
  /** The path the workers fetch, e.g. /models/ort/ort-wasm-simd-threaded.wasm. */
  url: string;
  bytes: number;
  /** From the manifest, so a damaged download is never cached; runtimes come from npm, unhashed. */
  sha256?: string;
}

const baseName = (file: string) => file.split('/').pop()!;

/** Where `npm run models` and the build put a runtime file (models/fetch.ts provisionRuntime). */
export const runtimeUrl = (runtime: RuntimeEntry, file: string) =>
  `/models/${runtime.dir}/${baseName(file)}`;

/**
 * Every file under /models/ a call may fetch, each once (silero VAD is both a manifest model and a
 * perception runtime). `runtimeBytes` measures a runtime file, which the manifest does not size.
 */
export function offlineFiles(
  models: readonly ModelEntry[],
  runtimes: readonly RuntimeEntry[],
  runtimeBytes: (runtime: RuntimeEntry, file: string) => number,
): OfflineFile[] {
  const byUrl = new Map<string, OfflineFile>();
  for (const model of models) {
    const url = `/models/${model.file}`;
    byUrl.set(url, { url, bytes: model.bytes, sha256: model.sha256 });
  }
  for (const runtime of runtimes) {
    for (const file of runtime.files) {
      const url = runtimeUrl(runtime, file);
      if (!byUrl.has(url)) byUrl.set(url, { url, bytes: runtimeBytes(runtime, file) });
    }
  }
  return [...byUrl.values()];
}
