import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  provisionAll,
  provisionModel,
  rehashManifest,
  REPO_ROOT,
  sha256Of,
  sourcePath,
  type ModelEntry,
  type ProvisionOptions,
  type ModelManifest,
} from './fetch';

const BYTES = new TextEncoder().encode('a tiny stand-in for a model file');

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'rivion-models-'));
  const local = join(root, 'shared');
  mkdirSync(join(local, 'vendor'), { recursive: true });
  writeFileSync(join(local, 'vendor/tiny.bin'), BYTES);
  const entry: ModelEntry = {
    id: 'tiny',
    file: 'tiny.bin',
    url: 'https://example.invalid/tiny.bin',
    local_path: 'vendor/tiny.bin',
    sha256: sha256Of(BYTES),
    bytes: BYTES.length,
    licence: 'test',
    worker: 'face',
  };
  const out = join(root, 'public/models');
  const optionsFor = (
    model: ModelEntry,
    extra: Partial<ProvisionOptions> = {},
  ): ProvisionOptions => ({
    manifest: { models: [model], runtimes: [] },
    repoRoot: REPO_ROOT,
    outDir: out,
    ...extra,
  });
  return { out, local, entry, optionsFor };
}

describe('npm run models', () => {
  it('copies from RIVION_MODELS_DIR, verifies, then skips a file already present', async () => {
    const { out, local, entry, optionsFor } = setup();
    const options = optionsFor(entry, { localDir: local });
    expect(await provisionModel(entry, options)).toBe('copied');
    expect(readFileSync(join(out, 'tiny.bin'))).toEqual(Buffer.from(BYTES));
    expect(await provisionModel(entry, options)).toBe('present');
  });

  it('downloads from the canonical URL when no local folder is given', async () => {
    const { entry, optionsFor } = setup();
    const urls: string[] = [];
    const download = async (url: string) => (urls.push(url), BYTES);
    const options = optionsFor(entry, { download });
    expect(await provisionModel(entry, options)).toBe('downloaded');
    expect(urls).toEqual([entry.url]);
  });

  it('refuses a file whose hash is wrong, naming the file and both hashes, and writes nothing', async () => {
    const { out, local, entry, optionsFor } = setup();
    const wrong = { ...entry, sha256: '0'.repeat(64) };
    const options = optionsFor(wrong, { localDir: local });
    await expect(provisionModel(wrong, options)).rejects.toThrow(
      `tiny.bin: sha256 mismatch (expected ${'0'.repeat(64)}, actual ${sha256Of(BYTES)})`,
    );
    expect(() => readFileSync(join(out, 'tiny.bin'))).toThrow();
  });

  it('replaces a corrupt file already in place', async () => {
    const { out, local, entry, optionsFor } = setup();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'tiny.bin'), 'corrupt');
    const options = optionsFor(entry, { localDir: local });
    expect(await provisionModel(entry, options)).toBe('copied');
    expect(sha256Of(readFileSync(join(out, 'tiny.bin')))).toBe(entry.sha256);
  });

  it('says which file is missing from the local folder', async () => {
    const { entry, optionsFor } = setup();
    const empty = mkdtempSync(join(tmpdir(), 'rivion-empty-'));
    const options = optionsFor(entry, { localDir: empty });
    await expect(provisionModel(entry, options)).rejects.toThrow(
      /tiny\.bin: not found at .*vendor\/tiny\.bin/,
    );
  });

  it('without a network, names the file, the URL, the cause and the RIVION_MODELS_DIR way out', async () => {
    const { entry, optionsFor } = setup();
    const url = `http://127.0.0.1:${await closedPort()}/vendor/tiny.bin`;
    const offline = { ...entry, url };
    const failure = provisionModel(offline, optionsFor(offline));
    await expect(failure).rejects.toThrow(`tiny.bin: could not download ${url}`);
    await expect(failure).rejects.toThrow('ECONNREFUSED');
    await expect(failure).rejects.toThrow('RIVION_MODELS_DIR=<folder> npm run models');
  });

  it('copies a model shipped in an npm package from node_modules, verified', async () => {
    const { out, optionsFor } = setup();
    const root = mkdtempSync(join(tmpdir(), 'rivion-repo-'));
    mkdirSync(join(root, 'node_modules/@acme/tiny-model/dist'), { recursive: true });
    writeFileSync(join(root, 'node_modules/@acme/tiny-model/dist/tiny.bin'), BYTES);
    const packaged: ModelEntry = {
      id: 'tiny-packaged',
      file: 'tiny/tiny.bin',
      package: '@acme/tiny-model',
      package_file: 'dist/tiny.bin',
      sha256: sha256Of(BYTES),
      bytes: BYTES.length,
      licence: 'test',
      worker: 'text',
    };
    expect(await provisionModel(packaged, optionsFor(packaged, { repoRoot: root }))).toBe('copied');
    expect(readFileSync(join(out, 'tiny/tiny.bin'))).toEqual(Buffer.from(BYTES));
    const missing = { ...packaged, file: 'tiny/other.bin', package: '@acme/not-installed' };
    await expect(provisionModel(missing, optionsFor(missing, { repoRoot: root }))).rejects.toThrow(
      'the npm package @acme/not-installed is not installed (run npm ci)',
    );
  });

  it('--rehash writes the sha256 and bytes, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'rivion-repo-'));
    writeFileSync(join(root, 'heads.json'), BYTES);
    const text = [
      '{',
      '  "models": [',
      '    { "id": "a", "path": "heads.json", "sha256": "old", "bytes": 1, "file": "a" },',
      '    { "id": "b", "path": "heads.json", "sha256": "old", "bytes": 1, "file": "b" }',
      '  ],',
      '  "runtimes": ["kept", "on one line"]',
      '}',
    ].join('\n');
    const rehashed = rehashManifest(text, ['b'], root);
    expect(rehashed).toBe(
      text.replace(
        '"id": "b", "path": "heads.json", "sha256": "old", "bytes": 1',
        `"id": "b", "path": "heads.json", "sha256": "${sha256Of(BYTES)}", "bytes": ${BYTES.length}`,
      ),
    );
    expect(() => rehashManifest(text, ['nope'], root)).toThrow('nope: no committed or packaged');
  });

  it('the real manifest matches the committed models and copies the wasm engines', async () => {
    const manifest = JSON.parse(
      readFileSync(join(REPO_ROOT, 'models/manifest.json'), 'utf8'),
    ) as ModelManifest;
    const committed = manifest.models.filter((m) => m.path || m.package);
    for (const model of committed) {
      const bytes = readFileSync(sourcePath(model, REPO_ROOT)!);
      expect({ id: model.id, sha256: sha256Of(bytes), bytes: bytes.length }).toEqual({
        id: model.id,
        sha256: model.sha256,
        bytes: model.bytes,
      });
    }
    const out = mkdtempSync(join(tmpdir(), 'rivion-runtimes-'));
    const report = await provisionAll({
      manifest: { models: committed, runtimes: manifest.runtimes },
      repoRoot: REPO_ROOT,
      outDir: out,
    });
    expect(report['face-expression']).toBe('copied');
    expect(report['mediapipe-vision-wasm']).toBe('copied');
    expect(readFileSync(join(out, 'ort/ort-wasm-simd-threaded.wasm')).length).toBeGreaterThan(1e6);
    expect(report['sentence-encoder-shard7']).toBe('copied');
    expect(readFileSync(join(out, 'tfjs/tfjs-backend-wasm-simd.wasm')).length).toBeGreaterThan(1e5);
  });
});

/** A loopback port nothing listens on: bound once to learn a free number, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
