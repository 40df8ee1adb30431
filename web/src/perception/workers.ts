/** Starts the perception workers; Vite bundles each from the `new URL(...)` written here. */
import type { SafetyWorkerApi } from '../../../workers/safety/safety-worker';
import type { TextWorkerApi } from '../../../workers/text/worker';
import type { VoiceWorkerApi } from '../../../workers/voice/worker';
import { handleFor, type WorkerHandle } from './worker-handle';

export function startVoiceWorker(onCrash: (message: string) => void): WorkerHandle<VoiceWorkerApi> {
  const worker = new Worker(new URL('../../../workers/voice/worker.ts', import.meta.url), {
    type: 'module',
    name: 'voice',
  });
  return handleFor<VoiceWorkerApi>(worker, onCrash);
}

export function startTextWorker(onCrash: (message: string) => void): WorkerHandle<TextWorkerApi> {
  const worker = new Worker(new URL('../../../workers/text/worker.ts', import.meta.url), {
    type: 'module',
    name: 'text',
  });
  return handleFor<TextWorkerApi>(worker, onCrash);
}

export function startSafetyWorker(
  onCrash: (message: string) => void,
): WorkerHandle<SafetyWorkerApi> {
  const worker = new Worker(new URL('../../../workers/safety/safety-worker.ts', import.meta.url), {
    type: 'module',
    name: 'safety',
  });
  return handleFor<SafetyWorkerApi>(worker, onCrash);
}
