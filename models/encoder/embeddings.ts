/**
 * Embeddings of a list of texts, computed in batches and kept in .tmp/embeddings/ under a hash of
 * the texts, so training, cross-validation and eval embed each corpus once (GoEmotions train takes
 * about four minutes on this machine). The cache is only a speed-up: delete it and it is rebuilt.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMBEDDING_SIZE } from '../../workers/text/sentence-encoder';
import { ENCODER_PACKAGE_DIR, loadNodeEncoder } from './node-encoder';

const CACHE_DIR = '.tmp/embeddings';
const BATCH = 64;

function modelVersion(): string {
  const pkg = JSON.parse(readFileSync(join(ENCODER_PACKAGE_DIR, '..', 'package.json'), 'utf8'));
  return `${pkg.name}@${pkg.version}`;
}

export async function embedAll(
  texts: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<Float32Array[]> {
  const key = createHash('sha256').update(modelVersion()).update('\0').update(texts.join('\0'));
  const file = join(CACHE_DIR, `${key.digest('hex').slice(0, 24)}.f32`);
  if (existsSync(file)) {
    const buffer = readFileSync(file);
    const all = new Float32Array(buffer.buffer, buffer.byteOffset, buffer.byteLength / 4);
    if (all.length === texts.length * EMBEDDING_SIZE) {
      return texts.map((_, i) => all.slice(i * EMBEDDING_SIZE, (i + 1) * EMBEDDING_SIZE));
    }
  }
  const encoder = await loadNodeEncoder();
  const out: Float32Array[] = [];
  for (let i = 0; i < texts.length; i += BATCH) {
    out.push(...(await encoder.embed(texts.slice(i, i + BATCH))));
    onProgress?.(out.length, texts.length);
  }
  const all = new Float32Array(texts.length * EMBEDDING_SIZE);
  out.forEach((vector, i) => all.set(vector, i * EMBEDDING_SIZE));
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(`${file}.partial`, all);
  renameSync(`${file}.partial`, file);
  return out;
}
