/**
 * `virtual:rivion-model-files`: the list of models/offline-files.ts, made when Vite builds or
 * serves, so the app's offline download follows models/manifest.json instead of a copy of it.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import manifest from './manifest.json';
import { REPO_ROOT, type ModelManifest } from './fetch';
import { DOWNLOAD_HEADER, MODELS_CACHE, offlineFiles, type OfflineFile } from './offline-files';
import { PERCEPTION_RUNTIMES } from './perception-runtimes-plugin';

const ID = 'virtual:rivion-model-files';
const RESOLVED = `\0${ID}`;

/** Sized from node_modules, where `npm run models` and the build copy each runtime file from. */
const runtimeBytes = (runtime: { package: string }, file: string) =>
  statSync(join(REPO_ROOT, 'node_modules', runtime.package, file)).size;

/** The list for this checkout: models/manifest.json and the runtimes in node_modules. */
export function projectOfflineFiles(): OfflineFile[] {
  const { models, runtimes } = manifest as ModelManifest;
  return offlineFiles(models, [...runtimes, ...PERCEPTION_RUNTIMES], runtimeBytes);
}

function offlineFilesModule(): string {
  const files = projectOfflineFiles();
  return [
    `export const MODELS_CACHE = ${JSON.stringify(MODELS_CACHE)};`,
    `export const DOWNLOAD_HEADER = ${JSON.stringify(DOWNLOAD_HEADER)};`,
    `export default ${JSON.stringify(files)};`,
  ].join('\n');
}

export function offlineFilesPlugin(): Plugin {
  return {
    name: 'rivion-offline-model-files',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? offlineFilesModule() : undefined),
  };
}
