/**
 * Crisis detection for a sent message: asked of the safety worker (workers/safety/), so its
 * patterns never stall the page, and run right here when the worker cannot answer within
 * WORKER_WAIT_MS — crisis resources must not depend on a worker being alive. The page's own copy of
 * the detector (~230 kB of rules and weights) is fetched when the check starts, not with the page:
 * evaluated at load it blocked the main thread for a few hundred ms before the page could be used.
 */
import type { CrisisResult } from '../../../core/text/crisis';
import type { WorkerHandle } from './worker-handle';
import type { SafetyWorkerApi } from '../../../workers/safety/safety-worker';
import { startSafetyWorker } from './workers';

const WORKER_WAIT_MS = 250;

let safety: WorkerHandle<SafetyWorkerApi> | undefined;
let broken = false;
let pageDetector: Promise<(text: string) => CrisisResult> | undefined;

/** The detector on the page, for when the worker cannot answer; fetched once, on first need. */
function loadPageDetector(): Promise<(text: string) => CrisisResult> {
  pageDetector ??= import('./crisis-detector').then((module) => module.detectCrisis);
  return pageDetector;
}

/**
 * Starts the safety worker ahead of the first message (it compiles its patterns at start) and
 * fetches the page's fallback copy of the detector, so neither waits for the first message.
 */
export function startCrisisCheck(): void {
  void loadPageDetector().catch(() => {
    // Fetched again when a message needs it (a failed chunk is not cached).
    pageDetector = undefined;
  });
  if (safety || broken) return;
  const moveToPage = (message: string) => {
    console.error(`Crisis check moved to the page: the safety worker stopped (${message}).`);
    broken = true;
    safety?.terminate();
    safety = undefined;
  };
  try {
    safety = startSafetyWorker(moveToPage);
  } catch (error) {
    // No Worker here at all (an old browser, a test page): the check runs on the page.
    moveToPage(String(error));
  }
}

export async function checkCrisis(text: string): Promise<CrisisResult> {
  startCrisisCheck();
  if (safety) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, WORKER_WAIT_MS, undefined);
    });
    try {
      const answer = await Promise.race([safety.api.detect(text), late]);
      if (answer) return answer;
    } catch (error) {
      console.error('The safety worker could not check a message; checking it here.', error);
    } finally {
      clearTimeout(timer);
    }
  }
  return (await loadPageDetector())(text);
}
