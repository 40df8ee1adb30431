/**
 * Model files from our origin, each checked against its sha256 in models/manifest.json before use,
 * with WebCrypto inside the worker: a damaged or swapped file turns the modality off with a
 * sentence instead of running. A file the manifest does not list is refused too, so a new model
 * cannot skip the check by being forgotten there.
 */
import manifest from '../../models/manifest.json';

const MODELS_PATH = '/models/';

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** The manifest's `file` for a URL under /models/ (undefined for any other URL). */
function manifestFile(url: string): string | undefined {
  const path = new URL(url, self.location.href).pathname;
  return path.startsWith(MODELS_PATH)
    ? decodeURIComponent(path.slice(MODELS_PATH.length))
    : undefined;
}

/** Throws a sentence when the bytes are not the file the manifest lists for this URL. */
export async function checkModelBytes(url: string, bytes: Uint8Array, what: string): Promise<void> {
  const file = manifestFile(url);
  const expected = manifest.models.find((m) => m.file === file)?.sha256;
  if (!expected) {
    throw new Error(
      `The ${what} at ${url} is not listed in models/manifest.json, so it is not used.`,
    );
  }
  const actual = hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  if (actual !== expected) {
    throw new Error(`The ${what} at ${url} is damaged (its checksum does not match).`);
  }
}

/**
 * fetch() for a loader that fetches model files itself (transformers.js' `env.fetch`): a file under
 * /models/ reaches it only once its checksum matches. Other answers pass through unchanged, so the
 * loader still hears a 404 the way it expects.
 */
export async function fetchCheckedModel(
  input: string | URL,
  init?: RequestInit,
  what = 'model file',
): Promise<Response> {
  const url = input.toString();
  const response = await fetch(url, init);
  if (!response.ok || init?.method === 'HEAD' || manifestFile(url) === undefined) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  await checkModelBytes(url, bytes, what);
  return new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** The bytes of one model file; throws a sentence a person can read when it is missing or damaged. */
export async function fetchModel(url: string, what: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`The ${what} could not be downloaded from ${url}.`);
  }
  if (!response.ok) {
    throw new Error(
      `The ${what} is missing (${url} answered ${response.status}). Run "npm run models".`,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  await checkModelBytes(url, bytes, what);
  return bytes;
}
