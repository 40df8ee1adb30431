/**
 * The models for offline calls on this device: whether they are in the service worker's /models/
 * cache, and the download that puts them there. One state for the whole page, so the settings
 * section shows the download the app started by itself. Loaded lazily: never part of the landing
 * page or of /call's first paint.
 */
import files, { DOWNLOAD_HEADER, MODELS_CACHE } from 'virtual:rivion-model-files';
import { downloadFiles, missingFiles, ModelDownloadError } from './download';
import type { OfflineModelsState } from './status-sentence';

const TOTAL_BYTES = files.reduce((sum, file) => sum + file.bytes, 0);

let state: OfflineModelsState = { kind: 'checking' };
const listeners = new Set<() => void>();
let running: Promise<void> | undefined;

function setState(next: OfflineModelsState): void {
  state = next;
  for (const listener of listeners) listener();
}

export const currentState = () => state;

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The browser's Data Saver: then nothing this large is downloaded unasked. */
export function savesData(): boolean {
  return (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

const openCache = () => ('caches' in self ? caches.open(MODELS_CACHE) : undefined);

const sha256 = async (bytes: ArrayBuffer) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

/** Looks in the cache and says what is there (no download). */
export async function checkModels(): Promise<void> {
  if (running) return;
  const cache = await openCache()?.catch(() => undefined);
  if (!cache) return setState({ kind: 'unavailable' });
  const missing = await missingFiles(files, cache);
  if (!missing.length) return setState({ kind: 'ready', bytes: TOTAL_BYTES });
  const why = savesData() ? 'save-data' : navigator.onLine ? 'not-started' : 'offline';
  setState({ kind: 'missing', bytes: missing.reduce((sum, file) => sum + file.bytes, 0), why });
}

async function download(): Promise<void> {
  const cache = await openCache()?.catch(() => undefined);
  if (!cache) return setState({ kind: 'unavailable' });
  const missing = await missingFiles(files, cache);
  const already = files.length - missing.length;
  setState({ kind: 'downloading', done: already, total: files.length });
  try {
    await downloadFiles(
      missing,
      {
        cache,
        fetch: (url) => fetch(url, { headers: { [DOWNLOAD_HEADER]: '1' } }),
        sha256,
      },
      (done) => setState({ kind: 'downloading', done: already + done, total: files.length }),
    );
    setState({ kind: 'ready', bytes: TOTAL_BYTES });
  } catch (error) {
    const message =
      error instanceof ModelDownloadError
        ? error.message
        : 'This device has no room for them, or did not let the app keep them.';
    setState({ kind: 'failed', message });
  }
}

/**
 * Downloads what is missing; a second call while one runs joins it. Across tabs, a Web Lock lets one
 * tab download while the others wait and then find the files there.
 */
export function downloadModels(): Promise<void> {
  running ??= (
    navigator.locks ? navigator.locks.request('rivion-offline-models', download) : download()
  ).finally(() => (running = undefined));
  return running;
}
