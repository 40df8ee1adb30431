/** Starts the perception workers; Vite bundles each from the `new URL(...)` written here. */
import type { FaceWorkerApi } from '../../../workers/face/worker';
import type { SafetyWorkerApi } from '../../../workers/safety/safety-worker';
import type { TextWorkerApi } from '../../../workers/text/worker';
import type { VoiceWorkerApi } from '../../../workers/voice/worker';
import { handleFor, type WorkerHandle } from './worker-handle';

type OnCrash = (message: string) => void;

export function startFaceWorker(onCrash: OnCrash): WorkerHandle<FaceWorkerApi> {
  const worker = new Worker(new URL('../../../workers/face/worker.ts', import.meta.url), {
    type: 'module',
    name: 'face',
  });
  return handleFor<FaceWorkerApi>(worker, onCrash);
}

export function startVoiceWorker(onCrash: OnCrash): WorkerHandle<VoiceWorkerApi> {
  const worker = new Worker(new URL('../../../workers/voice/worker.ts', import.meta.url), {
    type: 'module',
    name: 'voice',
  });
  return handleFor<VoiceWorkerApi>(worker, onCrash);
}

export function startTextWorker(onCrash: OnCrash): WorkerHandle<TextWorkerApi> {
  const worker = new Worker(new URL('../../../workers/text/worker.ts', import.meta.url), {
    type: 'module',
    name: 'text',
  });
  return handleFor<TextWorkerApi>(worker, onCrash);
}

export function startSafetyWorker(onCrash: OnCrash): WorkerHandle<SafetyWorkerApi> {
  const worker = new Worker(new URL('../../../workers/safety/safety-worker.ts', import.meta.url), {
    type: 'module',
    name: 'safety',
  });
  return handleFor<SafetyWorkerApi>(worker, onCrash);
}
