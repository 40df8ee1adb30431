/** A started worker with its typed Comlink API; `onCrash` hears about errors that killed it. */
import { wrap, type Remote } from 'comlink';

export interface WorkerHandle<Api> {
  api: Remote<Api>;
  terminate(): void;
}

export function handleFor<Api>(
  worker: Worker,
  onCrash: (message: string) => void,
): WorkerHandle<Api> {
  worker.onerror = (event) => {
    event.preventDefault();
    onCrash(event.message || 'the worker stopped unexpectedly');
  };
  return { api: wrap<Api>(worker), terminate: () => worker.terminate() };
}
