/**
 * A started worker with its typed Comlink API. Every modality's worker goes through here, so each
 * one fails the same way: a worker that dies (`onCrash`) or whose models never finish loading
 * (`loadWithin`) turns its modality off with a sentence instead of waiting forever.
 */
import { wrap, type Remote } from 'comlink';
import type { WorkerError } from '../../../workers/shared/status';

/** Longest a modality may take to load its models; after that it is off (a fetch may hang). */
export const LOAD_TIMEOUT_MS = 60_000;

export interface WorkerHandle<Api> {
  api: Remote<Api>;
  /** Resolves with the reason once the worker has died (its script failed or it threw). */
  crashed: Promise<string>;
  terminate(): void;
}

export function handleFor<Api>(
  worker: Worker,
  onCrash: (message: string) => void,
): WorkerHandle<Api> {
  let crash: (message: string) => void = () => undefined;
  const crashed = new Promise<string>((resolve) => (crash = resolve));
  worker.onerror = (event) => {
    event.preventDefault();
    const message = event.message || 'the worker stopped unexpectedly';
    crash(message);
    onCrash(message);
  };
  return { api: wrap<Api>(worker), crashed, terminate: () => worker.terminate() };
}

export type Off = { state: 'off'; error: WorkerError };
const off = (message: string): Off => ({ state: 'off', error: { type: 'error', message } });

/**
 * The worker's own answer to `load()`, or off with a sentence when the worker dies first, the call
 * fails, or no answer comes within `timeoutMs`.
 */
export async function loadWithin<Load extends Promise<{ state: string }>>(
  handle: Pick<WorkerHandle<unknown>, 'crashed'>,
  load: Load,
  what: string,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<Awaited<Load> | Off> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Off>((resolve) => {
    timer = setTimeout(
      () => resolve(off(`the ${what} did not finish loading within ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([
      (async () => await load)().catch((error: unknown) =>
        off(`the ${what} could not be loaded (${String(error)})`),
      ),
      handle.crashed.then((message) => off(`the ${what} stopped (${message})`)),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
