/**
 * The yardstick for the face stage: MediaPipe's FaceLandmarker alone (the same model file, wasm,
 * CPU delegate and options as workers/face/landmarker.ts, one face) in a module worker, fed the
 * same fake-camera frames the same way (one frame per video frame callback, skipped while busy).
 * Absolute times differ up to 2x between machines of one kind, so the bench reports the face
 * stage as a ratio to this. The page and worker are served by the bench itself (page.route), not
 * by the app: nothing of it ships.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { spread } from './perception-stats';

/** The ES-module bundle the app's face worker is built from ("import" condition of the package). */
const BUNDLE = fileURLToPath(import.meta.resolve('@mediapipe/tasks-vision'));

const WORKER = `
import { FaceLandmarker, FilesetResolver } from '/__bench/vision_bundle.mjs';
const fileset = await FilesetResolver.forVisionTasks(new URL('/models/mediapipe', location.href).href, true);
const model = new Uint8Array(await (await fetch('/models/face_landmarker.task')).arrayBuffer());
const landmarker = await FaceLandmarker.createFromOptions(fileset, {
  baseOptions: { modelAssetBuffer: model, delegate: 'CPU' },
  runningMode: 'VIDEO',
  numFaces: 1,
  outputFaceBlendshapes: true,
  outputFacialTransformationMatrixes: true,
});
let last = -1;
self.onmessage = ({ data: { frame, timestamp } }) => {
  const started = performance.now();
  last = Math.max(Math.round(timestamp), last + 1);
  const result = landmarker.detectForVideo(frame, last);
  const ms = performance.now() - started;
  frame.close();
  self.postMessage({ ms, faces: result.faceLandmarks.length });
};
self.postMessage({ ready: true });
`;

const PAGE = `<!doctype html><meta charset="utf-8"><title>reference</title><body><script type="module">
const state = { ready: false, error: null, samples: [] };
window.__reference = state;
try {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  document.body.append(video);
  video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 1280, height: 720 } });
  await video.play();
  const worker = new Worker('/__bench/reference-worker.js', { type: 'module' });
  let answer;
  worker.onmessage = ({ data }) => answer?.(data);
  worker.onerror = (event) => (state.error = event.message || 'the reference worker failed');
  await new Promise((resolve) => (answer = resolve));
  // One warm-up frame, as the app's worker warms up before it says ready.
  const warm = async () => {
    const frame = await createImageBitmap(video);
    const reply = new Promise((resolve) => (answer = resolve));
    worker.postMessage({ frame, timestamp: performance.now() }, [frame]);
    return reply;
  };
  await warm();
  state.ready = true;
  const tick = async () => {
    const result = await warm();
    state.samples.push({ at: performance.timeOrigin + performance.now(), ...result });
    video.requestVideoFrameCallback(() => void tick());
  };
  video.requestVideoFrameCallback(() => void tick());
} catch (error) {
  state.error = String(error && error.message || error);
}
</script>`;

export interface ReferenceRun {
  ms_per_frame: ReturnType<typeof spread>;
  frames: number;
  frames_with_face: number;
  seconds: number;
}

/** Runs the reference alone in its own context for `seconds` once it is warm. */
export async function timeReference(
  browser: Browser,
  baseUrl: string,
  seconds: number,
): Promise<ReferenceRun> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    await context.route(`${baseUrl}/__bench/reference`, (route) =>
      route.fulfill({ contentType: 'text/html', body: PAGE }),
    );
    await context.route(`${baseUrl}/__bench/reference-worker.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: WORKER }),
    );
    await context.route(`${baseUrl}/__bench/vision_bundle.mjs`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: readFileSync(BUNDLE) }),
    );
    const page = await context.newPage();
    await page.goto(`${baseUrl}/__bench/reference`);
    await page.waitForFunction(
      () => {
        const state = (window as unknown as { __reference?: { ready: boolean; error: unknown } })
          .__reference;
        return state?.ready || state?.error;
      },
      undefined,
      { timeout: 120_000 },
    );
    const start = Date.now();
    await page.waitForTimeout(seconds * 1_000);
    const state = (await page.evaluate('window.__reference')) as {
      error: string | null;
      samples: { ms: number; faces: number }[];
    };
    if (state.error) throw new Error(`the MediaPipe reference failed: ${state.error}`);
    return {
      ms_per_frame: spread(state.samples.map((s) => s.ms)),
      frames: state.samples.length,
      frames_with_face: state.samples.filter((s) => s.faces > 0).length,
      seconds: Number(((Date.now() - start) / 1_000).toFixed(1)),
    };
  } finally {
    await context.close();
  }
}
