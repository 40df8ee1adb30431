/** Fetches a model from our origin and checks it against models/manifest.json before use. */
import manifest from '../../models/manifest.json';

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** Throws a sentence a person can read when the file is missing or damaged. */
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
  const file = new URL(url, self.location.href).pathname.replace(/^\/models\//, '');
  const expected = manifest.models.find((m) => m.file === file)?.sha256;
  if (expected && hex(await crypto.subtle.digest('SHA-256', bytes)) !== expected) {
    throw new Error(`The ${what} at ${url} is damaged (its checksum does not match).`);
  }
  return bytes;
}
