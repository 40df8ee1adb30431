/**
 * Runs `task` while holding a lock shared by every tab of this origin, so two tabs never rotate
 * the same refresh token (which the server treats as theft) or push the same outbox at once.
 * Where the Web Locks API is missing (old browsers, jsdom) the task runs unguarded.
 */
export async function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return task();
  return navigator.locks.request(name, task);
}
