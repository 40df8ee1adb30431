/**
 * Runs `task` once the browser is idle (at most `timeoutMs` later), or after a short delay where
 * there is no requestIdleCallback (Safari); returns a cancel.
 */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (!('requestIdleCallback' in window)) {
    const timer = setTimeout(task, Math.min(timeoutMs, 1_000));
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(task, { timeout: timeoutMs });
  return () => cancelIdleCallback(idle);
}
