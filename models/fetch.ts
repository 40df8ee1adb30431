/**
 * `npm run models`: puts every file of models/manifest.json into public/models/, verified by
 * sha256. Committed models are copied from the repo; external ones are downloaded from their
 * canonical URL, or copied from RIVION_MODELS_DIR when it is set (offline machines and CI).
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

function readSource(
  entry: ModelEntry,
  options: ProvisionOptions,
): Uint8Array | Promise<Uint8Array> {
  if (entry.path) return readFileSync(join(options.repoRoot, entry.path));
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
  return entry.path || options.localDir ? 'copied' : 'downloaded';
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const localDir = process.env.RIVION_MODELS_DIR;
  try {
    const report = await provisionAll({
      manifest: JSON.parse(
        readFileSync(join(REPO_ROOT, 'models/manifest.json'), 'utf8'),
      ) as ModelManifest,
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
