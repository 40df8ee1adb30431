/** Starts the voice and text workers; Vite bundles each from the `new URL(...)` written here. */
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
