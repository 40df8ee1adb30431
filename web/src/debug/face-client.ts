/** Starts the face worker on first use and hands back its typed Comlink API. */
import { wrap, type Remote } from 'comlink';
import type { FaceWorkerApi } from '../../../workers/face/worker';

export interface FaceWorkerHandle {
  api: Remote<FaceWorkerApi>;
  terminate(): void;
}

export function startFaceWorker(): FaceWorkerHandle {
  const worker = new Worker(new URL('../../../workers/face/worker.ts', import.meta.url), {
    type: 'module',
    name: 'face',
  });
  return { api: wrap<FaceWorkerApi>(worker), terminate: () => worker.terminate() };
}
