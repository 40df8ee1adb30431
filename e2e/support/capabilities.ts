/**
 * What a browser offers the app, probed inside a page of the app: on-device speech, voices, fake
 * devices, cross-origin isolation, offline, GPU and WebAssembly features. It decides nothing; the
 * cross-browser tests write it to `.tmp/capabilities-<browser>.json` for the README.
 */
import { mkdir, writeFile } from 'node:fs/promises';

export type Capabilities = Awaited<ReturnType<typeof probeCapabilities>>;

/** Runs in the page: it may use only browser globals. */
export async function probeCapabilities() {
  const scope = window as unknown as Record<string, unknown>;
  const Recognition = (scope.SpeechRecognition ?? scope.webkitSpeechRecognition) as
    { available?: (options: object) => Promise<string> } | undefined;
  let onDeviceRecognition = Recognition ? 'no availability API' : 'no SpeechRecognition';
  if (Recognition?.available) {
    onDeviceRecognition = await Recognition.available({ langs: ['en-US'], processLocally: true })
      .then(String)
      .catch((error: unknown) => `error: ${String(error)}`);
  }

  // Voices arrive asynchronously in some engines; give them a moment.
  let voices: SpeechSynthesisVoice[] = [];
  if ('speechSynthesis' in window) {
    voices = speechSynthesis.getVoices();
    if (voices.length === 0) {
      await new Promise((resolve) => {
        speechSynthesis.addEventListener('voiceschanged', resolve, { once: true });
        setTimeout(resolve, 1_000);
      });
      voices = speechSynthesis.getVoices();
    }
  }

  let media: string;
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    media = stream
      .getTracks()
      .map((track) => {
        const { width, height, frameRate, sampleRate } = track.getSettings();
        return track.kind === 'video'
          ? `camera ${width}x${height}@${Math.round(frameRate ?? 0)}`
          : `microphone ${sampleRate ?? '?'} Hz`;
      })
      .join(', ');
    for (const track of stream.getTracks()) track.stop();
  } catch (error) {
    media = `refused: ${(error as Error).name}`;
  }

  const gpu = (navigator as unknown as { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  const canvas = document.createElement('canvas');
  // The smallest module using a v128 instruction, as wasm-feature-detect checks SIMD.
  const simd = new Uint8Array([
    0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253,
    15, 253, 98, 11,
  ]);
  return {
    userAgent: navigator.userAgent,
    onDeviceRecognition,
    voices: voices.length,
    localVoices: voices.filter((voice) => voice.localService).length,
    media,
    crossOriginIsolated: window.crossOriginIsolated,
    sharedArrayBuffer: typeof SharedArrayBuffer !== 'undefined',
    serviceWorkerControlled: navigator.serviceWorker?.controller?.state ?? 'none',
    webgpuAdapter: gpu ? (await gpu.requestAdapter().catch(() => null)) !== null : false,
    webgl: canvas.getContext('webgl') !== null,
    webgl2: document.createElement('canvas').getContext('webgl2') !== null,
    offscreenCanvas: typeof OffscreenCanvas !== 'undefined',
    wasmSimd: WebAssembly.validate(simd),
    audioWorklet: typeof AudioWorkletNode !== 'undefined',
  };
}

export async function saveCapabilities(browser: string, capabilities: Capabilities): Promise<void> {
  await mkdir('.tmp', { recursive: true });
  await writeFile(
    `.tmp/capabilities-${browser}.json`,
    JSON.stringify(capabilities, null, 2) + '\n',
  );
}
