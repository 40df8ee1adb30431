/**
 * Puts the model files a call needs into the service worker's /models/ cache, one file at a time,
 * each written under the exact URL the workers fetch, so a call finds them with no connection.
 * The cache, fetch and hash are passed in, so this is tested in plain vitest.
 */
export interface ModelFile {
  url: string;
  bytes: number;
  sha256?: string;
}

export interface DownloadTools {
  cache: Pick<Cache, 'match' | 'put' | 'keys'>;
  fetch: (url: string) => Promise<Response>;
  /** Hex sha256 of the bytes (WebCrypto in the page). */
  sha256: (bytes: ArrayBuffer) => Promise<string>;
}

/** The files not yet in the cache, in list order. */
export async function missingFiles<F extends ModelFile>(
  files: readonly F[],
  cache: Pick<Cache, 'keys'>,
): Promise<F[]> {
  const cached = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  return files.filter((file) => !cached.has(file.url));
}

/** A sentence for a file that did not arrive whole; the settings page shows it with a retry. */
export class ModelDownloadError extends Error {}

async function downloadOne(file: ModelFile, tools: DownloadTools): Promise<void> {
  let response: Response;
  try {
    response = await tools.fetch(file.url);
  } catch {
    throw new ModelDownloadError(
      'The download stopped: the connection was lost. It goes on from where it stopped when you try again.',
    );
  }
  if (response.status !== 200) {
    throw new ModelDownloadError(
      `The server did not send ${file.url} (it answered ${response.status}).`,
    );
  }
  const bytes = await response.arrayBuffer();
  // A damaged file in a cache-first cache would stay damaged: the worker would refuse it at every call.
  if (file.sha256 && (await tools.sha256(bytes)) !== file.sha256) {
    throw new ModelDownloadError(`${file.url} arrived damaged (its checksum does not match).`);
  }
  // Its type kept: WebAssembly.instantiateStreaming and module imports check it.
  const type = response.headers.get('Content-Type');
  await tools.cache.put(
    file.url,
    new Response(bytes, { status: 200, headers: type ? { 'Content-Type': type } : {} }),
  );
}

/**
 * Downloads `files` in order; `onFile(done)` after each. Stops at the first failure (throws a
 * ModelDownloadError); what was cached stays, so a retry starts where this stopped.
 */
export async function downloadFiles(
  files: readonly ModelFile[],
  tools: DownloadTools,
  onFile: (done: number) => void = () => {},
): Promise<void> {
  for (const [index, file] of files.entries()) {
    await downloadOne(file, tools);
    onFile(index + 1);
  }
}
