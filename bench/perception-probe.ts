/**
 * What `bench:perception` injects into every frame before the app loads. It only listens: it
 * records long main-thread tasks, and reads the timings the workers already put in their answers
 * as those answers arrive over Comlink, so every frame, segment and message is counted, not just
 * the ones the debug pages happen to render. Plain JS in a string, so no bundler helper can leak in.
 */
import type { Frame } from 'playwright-core';

export interface ProbeRecord {
  longTasks: { start: number; duration: number }[];
  /** Long animation frames over 50 ms with the scripts that ran in them (where the time went). */
  longFrames: { start: number; duration: number; blocking: number; scripts: string[] }[];
  /** Analysed frames: the worker's own ms and the main thread's request-to-answer time. */
  face: { at: number; kind: 'face' | 'no_face'; ms: number; roundTrip: number | null }[];
  faceSkipped: number[];
  voice: { at: number; total: number; seconds: number; vadPerFrame: number }[];
  /** The text worker's own ms per stage; `encoder` is false when the reading had no encoder part. */
  text: {
    at: number;
    total: number;
    rules: number;
    model: number;
    encoderMs: number;
    encoder: boolean;
    roundTrip: number | null;
  }[];
}

export const PROBE_SCRIPT = `(() => {
  if (window.__bench) return;
  const bench = { longTasks: [], longFrames: [], face: [], faceSkipped: [], voice: [], text: [] };
  window.__bench = bench;
  const now = () => performance.timeOrigin + performance.now();
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        bench.longTasks.push({ start: performance.timeOrigin + entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.duration <= 50) continue;
        bench.longFrames.push({
          start: performance.timeOrigin + entry.startTime,
          duration: entry.duration,
          blocking: entry.blockingDuration,
          scripts: entry.scripts.map((s) =>
            Math.round(s.duration) + ' ms ' + s.invokerType + ' ' + s.invoker + ' ' +
            String(s.sourceURL).split('/').pop() + ':' + s.sourceCharPosition),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}

  // Comlink calls: { id, type: 'APPLY', path: ['analyse'] }; replies: { id, type: 'RAW', value }.
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      const name = options && options.name;
      const sent = new Map();
      this.__benchSent = sent;
      this.addEventListener('message', (event) => {
        const data = event.data;
        if (!data || data.type !== 'RAW' || !data.value || !sent.has(data.id)) return;
        const at = now();
        const roundTrip = at - sent.get(data.id);
        sent.delete(data.id);
        const value = data.value;
        if (name === 'face' && (value.type === 'face' || value.type === 'no_face')) {
          bench.face.push({ at, kind: value.type, ms: value.ms, roundTrip });
        } else if (name === 'face' && value.type === 'skipped') {
          bench.faceSkipped.push(at);
        } else if (name === 'text' && value.ms && typeof value.ms.total === 'number') {
          bench.text.push({
            at, total: value.ms.total, rules: value.ms.rules, model: value.ms.model,
            encoderMs: value.ms.encoder || 0, encoder: !!value.encoder, roundTrip,
          });
        }
      });
    }
    postMessage(message, ...rest) {
      if (message && message.type === 'APPLY' && message.path && message.path[0] === 'analyse') {
        this.__benchSent.set(message.id, now());
      }
      return super.postMessage(message, ...rest);
    }
  };

  // Voice readings come back through a Comlink proxy callback on a MessagePort.
  const nativeAdd = MessagePort.prototype.addEventListener;
  const watched = new WeakSet();
  MessagePort.prototype.addEventListener = function (type, listener, options) {
    if (type === 'message' && !watched.has(this)) {
      watched.add(this);
      nativeAdd.call(this, 'message', (event) => {
        const data = event.data;
        const arg = data && data.type === 'APPLY' && data.argumentList && data.argumentList[0];
        const value = arg && arg.type === 'RAW' && arg.value;
        if (value && value.type === 'voice' && value.ms) {
          bench.voice.push({
            at: now(), total: value.ms.total, seconds: value.segmentSeconds,
            vadPerFrame: value.ms.vadPerFrame,
          });
        }
      });
    }
    return nativeAdd.call(this, type, listener, options);
  };
})();`;

/** The page's clock (epoch ms, high resolution), shared by all its same-origin frames. */
export async function pageNow(frame: Frame): Promise<number> {
  return (await frame.evaluate('performance.timeOrigin + performance.now()')) as number;
}

/** Everything the probes recorded in all frames, long tasks seen by more than one frame once. */
export async function collect(frames: Frame[]): Promise<ProbeRecord> {
  const all: ProbeRecord = {
    longTasks: [],
    longFrames: [],
    face: [],
    faceSkipped: [],
    voice: [],
    text: [],
  };
  for (const frame of frames) {
    const part = (await frame.evaluate('window.__bench')) as ProbeRecord | undefined;
    if (!part) continue;
    all.face.push(...part.face);
    all.faceSkipped.push(...part.faceSkipped);
    all.voice.push(...part.voice);
    all.text.push(...part.text);
    all.longFrames.push(...(part.longFrames ?? []));
    for (const task of part.longTasks) {
      const seen = all.longTasks.some(
        (known) =>
          Math.abs(known.start - task.start) < 2 && Math.abs(known.duration - task.duration) < 2,
      );
      if (!seen) all.longTasks.push(task);
    }
  }
  return all;
}
