import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { downloadFiles, missingFiles, ModelDownloadError, type DownloadTools } from './download';

const ORIGIN = 'https://rivion.test';
const hashOf = (bytes: ArrayBuffer | Uint8Array) =>
  createHash('sha256')
    .update(new Uint8Array(bytes as ArrayBuffer))
    .digest('hex');

/** The Cache API's few calls the download makes, over a Map keyed like the browser's (absolute URLs). */
function memoryCache() {
  const stored = new Map<string, Response>();
  const cache = {
    keys: async () => [...stored.keys()].map((url) => new Request(url)),
    match: async (url: RequestInfo | URL) => stored.get(new URL(String(url), ORIGIN).href),
    put: async (url: RequestInfo | URL, response: Response) => {
      stored.set(new URL(String(url), ORIGIN).href, response);
    },
  } as unknown as DownloadTools['cache'];
  return { cache, stored };
}

const WASM = new Uint8Array([0, 97, 115, 109]);
const MODEL = new Uint8Array([1, 2, 3, 4, 5]);
const files = [
  { url: '/models/ort/ort.wasm', bytes: WASM.length },
  { url: '/models/face.onnx', bytes: MODEL.length, sha256: hashOf(MODEL) },
];

function server(bodies: Record<string, Uint8Array>) {
  const asked: string[] = [];
  const fetch = async (url: string) => {
    asked.push(url);
    const body = bodies[url];
    return body
      ? new Response(body.slice(), { headers: { 'Content-Type': 'application/wasm' } })
      : new Response('not here', { status: 404 });
  };
  return { fetch, asked };
}

const sha256 = async (bytes: ArrayBuffer) => hashOf(bytes);

describe('downloading the models for offline calls', () => {
  it('stores each file under the URL the workers fetch, with its type, one after another', async () => {
    const { cache, stored } = memoryCache();
    const { fetch, asked } = server({ '/models/ort/ort.wasm': WASM, '/models/face.onnx': MODEL });
    const progress: number[] = [];
    await downloadFiles(files, { cache, fetch, sha256 }, (done) => progress.push(done));
    expect(asked).toEqual(['/models/ort/ort.wasm', '/models/face.onnx']);
    expect(progress).toEqual([1, 2]);
    const wasm = stored.get(`${ORIGIN}/models/ort/ort.wasm`)!;
    expect(wasm.headers.get('Content-Type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(WASM);
    expect(await missingFiles(files, cache)).toEqual([]);
  });

  it('never caches a file whose checksum does not match, and says which', async () => {
    const { cache, stored } = memoryCache();
    const { fetch } = server({ '/models/face.onnx': new Uint8Array([9, 9]) });
    await expect(downloadFiles([files[1]!], { cache, fetch, sha256 })).rejects.toThrow(
      '/models/face.onnx arrived damaged (its checksum does not match).',
    );
    expect(stored.size).toBe(0);
  });

  it('keeps what arrived before a failure, so a retry fetches only the rest', async () => {
    const { cache } = memoryCache();
    const first = server({ '/models/ort/ort.wasm': WASM });
    const failure = downloadFiles(files, { cache, fetch: first.fetch, sha256 });
    await expect(failure).rejects.toThrow(ModelDownloadError);
    await expect(failure).rejects.toThrow('(it answered 404)');
    expect(await missingFiles(files, cache)).toEqual([files[1]]);

    const offline = async () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(
      downloadFiles(await missingFiles(files, cache), { cache, fetch: offline, sha256 }),
    ).rejects.toThrow(/connection was lost/);
  });
});
