/**
 * The request inspector on real media made by ffmpeg (a test picture and a sine tone in every
 * format a browser could send), raw, in base64 inside JSON, and as data: URLs; and on the app's
 * ordinary requests (sign-up, sync, a chat turn with its numbers), which must pass.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  entropyBits,
  inspectRequest,
  LARGE_BLOB_CHARS,
  signatureAtStart,
  type OutgoingRequest,
} from './request-inspector';

const APP = 'http://localhost:4173';
const FORMATS: [file: string, input: string[], expected: RegExp][] = [
  ['frame.jpg', ['-f', 'lavfi', '-i', 'testsrc=size=64x48', '-frames:v', '1'], /JPEG/],
  ['frame.png', ['-f', 'lavfi', '-i', 'testsrc=size=64x48', '-frames:v', '1'], /PNG/],
  ['frame.webp', ['-f', 'lavfi', '-i', 'testsrc=size=64x48', '-frames:v', '1'], /WebP/],
  ['tone.wav', ['-f', 'lavfi', '-i', 'sine=duration=0.2'], /WAV/],
  ['tone.webm', ['-f', 'lavfi', '-i', 'sine=duration=0.2', '-c:a', 'libopus'], /WebM/],
  ['tone.ogg', ['-f', 'lavfi', '-i', 'sine=duration=0.2', '-c:a', 'libvorbis'], /Ogg/],
  ['tone.flac', ['-f', 'lavfi', '-i', 'sine=duration=0.2'], /FLAC/],
  ['tone.mp3', ['-f', 'lavfi', '-i', 'sine=duration=0.2'], /MP3/],
  ['tone.m4a', ['-f', 'lavfi', '-i', 'sine=duration=0.2', '-c:a', 'aac'], /ftyp/],
];

const post = (body: string | Buffer, type = 'application/json', url = `${APP}/api/sync`) =>
  ({
    url,
    method: 'POST',
    headers: { 'content-type': type },
    body: typeof body === 'string' ? Buffer.from(body) : body,
  }) satisfies OutgoingRequest;

const reasons = (request: OutgoingRequest) =>
  inspectRequest(request, APP).map((finding) => finding.reason);

let dir: string;
const media = new Map<string, Buffer>();

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rivion-inspector-'));
  for (const [file, input] of FORMATS) {
    execFileSync('ffmpeg', ['-loglevel', 'error', '-y', ...input, join(dir, file)]);
    media.set(file, readFileSync(join(dir, file)));
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('media the inspector must catch', () => {
  it.each(FORMATS)('%s sent raw', (file, _input, expected) => {
    expect(reasons(post(media.get(file)!, 'application/octet-stream')).join('\n')).toMatch(
      expected,
    );
  });

  it.each(FORMATS)('%s in base64 inside a JSON body', (file, _input, expected) => {
    const body = JSON.stringify({ reading: { frame: media.get(file)!.toString('base64') } });
    expect(reasons(post(body)).join('\n')).toMatch(expected);
  });

  it.each(FORMATS)('%s in URL-safe base64 after a prefix', (file, _input, expected) => {
    const b64url = media.get(file)!.toString('base64url');
    // A prefix of 1-3 characters shifts the base64 alignment.
    expect(reasons(post(JSON.stringify({ blob: `x${b64url}` }))).join('\n')).toMatch(expected);
  });

  it('a JPEG inside a multipart upload, past the form header', () => {
    const body = Buffer.concat([
      Buffer.from('--b\r\nContent-Disposition: form-data; name="f"\r\n\r\n'),
      media.get('frame.jpg')!,
      Buffer.from('\r\n--b--\r\n'),
    ]);
    expect(reasons(post(body, 'multipart/form-data; boundary=b'))).toContain(
      'JPEG bytes in the body',
    );
  });

  it('data:image and data:audio URLs, in a body or a query string', () => {
    const png = `data:image/png;base64,${media.get('frame.png')!.toString('base64')}`;
    expect(reasons(post(JSON.stringify({ avatar: png })))).toContain('a data:image/png URL');
    const url = `${APP}/api/x?clip=${encodeURIComponent('data:audio/webm;base64,AAAA')}`;
    expect(reasons({ url, method: 'GET', headers: {}, body: null })).toContain(
      'a data:audio/webm URL',
    );
  });

  it('an image or audio Content-Type', () => {
    expect(reasons(post('x', 'audio/wav'))).toContain('a audio/wav body');
  });

  it('audio samples as a JSON array of numbers', () => {
    const samples = Array.from({ length: 2_000 }, (_, i) => Number(Math.sin(i / 7).toFixed(4)));
    expect(reasons(post(JSON.stringify({ pcm: samples })))).toContain(
      'an array of 1,000+ numbers (samples or pixels)',
    );
  });

  it('a large high-entropy base64 blob with no signature (an encrypted or headless frame)', () => {
    const noise = Buffer.alloc(LARGE_BLOB_CHARS, 0);
    for (let i = 0, x = 7; i < noise.length; i++) noise[i] = x = (x * 1103515245 + 12345) >>> 16;
    const blob = noise.toString('base64');
    expect(entropyBits(blob)).toBeGreaterThan(5.5);
    expect(reasons(post(JSON.stringify({ blob }))).join('\n')).toMatch(/high-entropy base64 blob/);
  });

  it('any host other than the app, whatever the body', () => {
    for (const url of [
      'https://fonts.googleapis.com/css2?family=Inter',
      'http://localhost:9999/api/health',
      'https://localhost:4173/',
      'ws://evil.example/socket',
    ]) {
      expect(reasons({ url, method: 'GET', headers: {}, body: null }).join()).toMatch(/goes to/);
    }
  });
});

describe('requests the inspector must let through', () => {
  it.each([
    [
      'the app shell',
      { url: `${APP}/assets/index-3f2a.js`, method: 'GET', headers: {}, body: null },
    ],
    [
      'a model file',
      { url: `${APP}/models/face_landmarker.task`, method: 'GET', headers: {}, body: null },
    ],
    [
      'a data: font the browser makes itself',
      { url: 'data:font/woff2;base64,d09GMgABAAAA', method: 'GET', headers: {}, body: null },
    ],
    [
      'sign-up',
      post(
        JSON.stringify({
          email: 'a@example.com',
          username: 'Ann',
          password: 'correct horse battery',
        }),
        'application/json',
        `${APP}/api/auth/signup`,
      ),
    ],
    [
      'a sync push with a journal entry that mentions ID3 tags, OggS and ftyp',
      post(
        JSON.stringify({
          changes: [
            {
              table: 'journal_entries',
              id: '0b9f6c1e-8f4e-4c3a-9a51-1f2e3d4c5b6a',
              hlc: '0000lq2x9k1-0000-5f3e2a1b',
              data: {
                mood: 2,
                text: 'Fixed the ID3 tags; OggS and ftyp are file magic. /9j/ too.',
                tags: ['work'],
              },
            },
          ],
        }),
      ),
    ],
    [
      'a chat turn with readings as numbers and a long bearer token',
      post(
        JSON.stringify({
          message: 'I am so stressed about the deadline',
          readings: {
            face: { emotion: 'sad', confidence: 0.71 },
            stress: 64,
            shares: [0.5, 0.2, 0.3],
          },
          token: Buffer.alloc(600, 'k').toString('base64'),
        }),
      ),
    ],
  ] satisfies [string, OutgoingRequest][])('%s', (_name, request) => {
    expect(reasons(request)).toEqual([]);
  });

  it('knows each format by its first bytes', () => {
    for (const [file, , expected] of FORMATS) {
      expect(signatureAtStart(media.get(file)!)).toMatch(expected);
    }
  });
});
