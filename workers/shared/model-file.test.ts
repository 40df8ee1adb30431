/** Model files are refused unless their bytes are the ones models/manifest.json lists. */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchCheckedModel, fetchModel } from './model-file';

// A real committed model file and the URL the worker fetches it from.
const LAYOUT = new Uint8Array(readFileSync('models/voice/voice-emotion.json'));
const LAYOUT_URL = '/models/voice-emotion.json';

function serve(files: Record<string, Uint8Array>) {
  vi.stubGlobal('fetch', async (input: string | URL) => {
    const body = files[new URL(input, 'http://localhost/').pathname];
    return body ? new Response(body.slice()) : new Response('not found', { status: 404 });
  });
}

describe('model files checked against the manifest', () => {
  beforeEach(() => vi.stubGlobal('self', { location: { href: 'http://localhost/app' } }));
  afterEach(() => vi.unstubAllGlobals());

  it('hands over a file whose sha256 matches', async () => {
    serve({ [LAYOUT_URL]: LAYOUT });
    expect(await fetchModel(LAYOUT_URL, 'voice model layout')).toEqual(LAYOUT);
  });

  it('refuses a file with one byte changed, in a sentence', async () => {
    const damaged = LAYOUT.slice();
    damaged[100]! ^= 1;
    serve({ [LAYOUT_URL]: damaged });
    await expect(fetchModel(LAYOUT_URL, 'voice model layout')).rejects.toThrow(
      'The voice model layout at /models/voice-emotion.json is damaged (its checksum does not match).',
    );
  });

  it('refuses a model file the manifest does not list', async () => {
    serve({ '/models/extra.onnx': LAYOUT });
    await expect(fetchModel('/models/extra.onnx', 'extra model')).rejects.toThrow(
      /not listed in models\/manifest.json/,
    );
  });

  it('checks what a loader fetches itself, and passes a 404 through for it to handle', async () => {
    const damaged = LAYOUT.slice();
    damaged[0]! ^= 1;
    serve({ [LAYOUT_URL]: damaged });
    await expect(fetchCheckedModel(`http://localhost${LAYOUT_URL}`)).rejects.toThrow(/damaged/);
    expect((await fetchCheckedModel('http://localhost/models/optional.json')).status).toBe(404);
  });
});
