/**
 * The privacy property, checked on the wire: every request a browser context makes (pages and
 * service workers; Chromium reports both through `context.on('request')`) and every WebSocket
 * frame it sends goes to the app's own origin and carries no image or audio, raw or encoded.
 * `inspectRequest` is the pure check (unit-tested with real samples); `RequestInspector` feeds it.
 */
import type { BrowserContext, Page, Request } from 'playwright-core';

export interface OutgoingRequest {
  url: string;
  method: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Buffer | null;
}

export interface Finding {
  url: string;
  reason: string;
}

/** File signatures of image, audio and video formats, with the offset they sit at. */
const SIGNATURES: { name: string; bytes: number[]; offset?: number; also?: [number, number[]] }[] =
  [
    { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
    { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
    { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
    { name: 'WAV', bytes: [0x52, 0x49, 0x46, 0x46], also: [8, [0x57, 0x41, 0x56, 0x45]] },
    { name: 'WebP', bytes: [0x52, 0x49, 0x46, 0x46], also: [8, [0x57, 0x45, 0x42, 0x50]] },
    { name: 'WebM/Matroska', bytes: [0x1a, 0x45, 0xdf, 0xa3] },
    { name: 'Ogg', bytes: [0x4f, 0x67, 0x67, 0x53] },
    { name: 'FLAC', bytes: [0x66, 0x4c, 0x61, 0x43] },
    { name: 'MP3 (ID3)', bytes: [0x49, 0x44, 0x33] },
    { name: 'MP4/M4A/HEIC (ftyp)', bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 },
  ];

/** Media kinds a data: URL or a Content-Type may name. */
const MEDIA_TYPE = /\b(?:image|audio|video)\/[\w.+-]+/i;
const DATA_URL = /data:(?:image|audio|video)\/[\w.+-]*[;,]/i;
/** Runs of base64 (standard or URL-safe) long enough to hold a signature. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{12,}={0,2}/g;
/** A JSON array of many plain numbers: audio samples or pixel values as text. */
const NUMBER_ARRAY = /\[\s*-?\d[\d.eE+-]*(?:\s*,\s*-?\d[\d.eE+-]*){999,}\s*\]/;
/** A base64 blob this long with near-random characters could be a compressed frame or clip. */
export const LARGE_BLOB_CHARS = 4_096;
const BLOB_ENTROPY_BITS = 5.5;

function matchesAt(data: Uint8Array, at: number, bytes: number[]): boolean {
  return at >= 0 && at + bytes.length <= data.length && bytes.every((b, i) => data[at + i] === b);
}

/** The media format whose signature starts `data` at its offset, if any. */
export function signatureAtStart(data: Uint8Array): string | undefined {
  return SIGNATURES.find(
    (s) =>
      matchesAt(data, s.offset ?? 0, s.bytes) && (!s.also || matchesAt(data, s.also[0], s.also[1])),
  )?.name;
}

const printable = (bytes: number[]) => bytes.every((b) => b >= 0x20 && b < 0x7f);

/**
 * The media format whose signature appears anywhere in `data` (multipart, concatenations). In
 * text, signatures that are plain letters ("ID3", "OggS", "ftyp") are words a person may type, so
 * there only the ones with bytes text never holds count.
 */
export function signatureAnywhere(data: Uint8Array, isText = false): string | undefined {
  const candidates = isText ? SIGNATURES.filter((s) => !printable(s.bytes)) : SIGNATURES;
  for (let at = 0; at < data.length; at++) {
    for (const s of candidates) {
      const start = at - (s.offset ?? 0);
      if (start < 0 || !matchesAt(data, at, s.bytes)) continue;
      if (!s.also || matchesAt(data, start + s.also[0], s.also[1])) return s.name;
    }
  }
  return undefined;
}

/** Shannon entropy of a string's characters, in bits per character (base64 peaks at 6). */
export function entropyBits(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

function decodeBase64(run: string): Buffer {
  return Buffer.from(run.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** Reasons the text (a body or a URL) carries media, encoded. */
function encodedMedia(text: string): string[] {
  const reasons: string[] = [];
  const dataUrl = DATA_URL.exec(text);
  if (dataUrl) reasons.push(`a ${dataUrl[0].replace(/[;,]$/, '')} URL`);
  if (NUMBER_ARRAY.test(text)) reasons.push('an array of 1,000+ numbers (samples or pixels)');
  for (const [run] of text.matchAll(BASE64_RUN)) {
    // Every alignment: the blob may start mid-word (a prefix glued to it, a URL path).
    for (let skip = 0; skip < 4 && skip < run.length - 12; skip++) {
      const format = signatureAtStart(decodeBase64(run.slice(skip, skip + 64)));
      if (format) {
        reasons.push(`${format} bytes in base64`);
        break;
      }
    }
    if (run.length >= LARGE_BLOB_CHARS && entropyBits(run) >= BLOB_ENTROPY_BITS) {
      reasons.push(`a ${run.length}-character high-entropy base64 blob`);
    }
  }
  return reasons;
}

/** Why this request breaks the privacy property; empty when it does not. */
export function inspectRequest(request: OutgoingRequest, appOrigin: string): Finding[] {
  const reasons: string[] = [];
  let url: URL | undefined;
  try {
    url = new URL(request.url);
  } catch {
    reasons.push('an unparseable URL');
  }
  // data: and blob: URLs never leave the browser; everything else must go to the app itself.
  const local = url && (url.protocol === 'data:' || url.protocol === 'blob:');
  if (url && !local && url.origin !== new URL(appOrigin).origin) {
    reasons.push(`goes to ${url.origin}, not the app's own ${new URL(appOrigin).origin}`);
  }
  if (url && !local) reasons.push(...encodedMedia(decodeURIComponentSafe(url.search + url.hash)));
  const type = request.headers['content-type'] ?? '';
  if (MEDIA_TYPE.test(type)) reasons.push(`a ${type} body`);
  if (request.body?.length) {
    const raw =
      signatureAtStart(request.body) ?? signatureAnywhere(request.body, isText(request.body));
    if (raw) reasons.push(`${raw} bytes in the body`);
    reasons.push(...encodedMedia(request.body.toString('latin1')));
  }
  const where = local ? request.url.slice(0, 40) : request.url;
  return reasons.map((reason) => ({ url: `${request.method} ${where}`, reason }));
}

/** UTF-8 without control characters other than tab and line breaks: JSON, forms, plain text. */
function isText(body: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function toOutgoing(request: Request): OutgoingRequest {
  return {
    url: request.url(),
    method: request.method(),
    headers: request.headers(),
    body: request.postDataBuffer(),
  };
}

/** Watches one context from now on; `findings()` lists every breach seen so far. */
export class RequestInspector {
  readonly requests: OutgoingRequest[] = [];
  private readonly breaches: Finding[] = [];
  /** Requests made by a service worker (seen at all: the check covers them). */
  serviceWorkerRequests = 0;
  webSocketFrames = 0;

  constructor(
    context: BrowserContext,
    readonly appOrigin: string,
  ) {
    context.on('request', (request) => {
      if (request.serviceWorker()) this.serviceWorkerRequests++;
      this.check(toOutgoing(request));
    });
    for (const page of context.pages()) this.watchSockets(page);
    context.on('page', (page) => this.watchSockets(page));
  }

  private check(request: OutgoingRequest): void {
    this.requests.push(request);
    this.breaches.push(...inspectRequest(request, this.appOrigin));
  }

  private watchSockets(page: Page): void {
    page.on('websocket', (socket) => {
      this.check({ url: socket.url(), method: 'WS', headers: {}, body: null });
      socket.on('framesent', ({ payload }) => {
        this.webSocketFrames++;
        const body = typeof payload === 'string' ? Buffer.from(payload) : payload;
        this.check({ url: socket.url(), method: 'WS frame', headers: {}, body });
      });
    });
  }

  findings(): Finding[] {
    return [...this.breaches];
  }

  /** Throws with every breach listed when there is one. */
  assertClean(): void {
    if (!this.breaches.length) return;
    const lines = this.breaches.map((f) => `- ${f.url}: ${f.reason}`);
    throw new Error(`requests broke the privacy property:\n${lines.join('\n')}`);
  }
}
