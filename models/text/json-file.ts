import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';

/** Writes JSON the way `prettier --check` expects it, so a fresh training run passes the format check. */
export async function writeJsonFile(path: string, value: unknown): Promise<number> {
  const options = { ...(await resolveConfig(path)), parser: 'json', filepath: path };
  const text = await format(JSON.stringify(value), options);
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
