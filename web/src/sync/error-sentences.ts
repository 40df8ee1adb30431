/** Turns failures into sentences a person can act on; status codes never reach the screen. */
import { ApiError } from './api-client';

/** Sentences for statuses whose meaning depends on the call (e.g. 409 on sign-up). */
export type StatusSentences = Partial<Record<number, string>>;

export function describeError(error: unknown, byStatus: StatusSentences = {}): string {
  // fetch() rejects with a TypeError when the network or the server is unreachable.
  if (error instanceof TypeError) {
    return "Can't reach RIVION right now. Check your connection and try again.";
  }
  if (!(error instanceof ApiError)) {
    return `Something went wrong on this device: ${error instanceof Error ? error.message : String(error)}`;
  }
  const specific = byStatus[error.status];
  if (specific) return specific;
  if (error.status === 429) {
    return error.retryAfter
      ? `Too many attempts — try again in ${error.retryAfter} seconds.`
      : 'Too many attempts — please wait a moment and try again.';
  }
  if (error.status === 400) return `Please check the details: ${error.message}`;
  if (error.status >= 500) return 'Something went wrong on our side. Please try again in a moment.';
  return error.message;
}

export function describeSyncError(error: unknown): string {
  if (error instanceof TypeError) {
    return "Can't reach RIVION right now. Your entries are safe on this device and will sync later.";
  }
  return describeError(error, {
    401: 'Your session has ended. Sign in again to keep syncing.',
  });
}
