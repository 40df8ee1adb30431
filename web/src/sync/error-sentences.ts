/** Turns failures into sentences a person can act on; status codes never reach the screen. */
import { ApiError } from './api-client';
import { NetworkError } from './network';

/** Sentences for statuses whose meaning depends on the call (e.g. 409 on sign-up). */
export type StatusSentences = Partial<Record<number, string>>;

const UNREACHABLE = "Can't reach RIVION right now.";

export function describeError(error: unknown, byStatus: StatusSentences = {}): string {
  if (error instanceof NetworkError) return `${UNREACHABLE} Check your connection and try again.`;
  if (!(error instanceof ApiError)) return describeDeviceFault(error);
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
  if (error instanceof NetworkError) {
    return `${UNREACHABLE} Your entries are safe on this device and will sync later.`;
  }
  return describeError(error, {
    // The server explains a refused entry beside it; a 400 for the whole request is our fault.
    400: 'RIVION could not read what this device sent. Your entries are safe on this device; an update of the app should fix it.',
    401: 'Your session has ended. Sign in again to keep syncing.',
  });
}

/**
 * Anything else is a failure of this device or a fault in the app, never the connection. It is
 * logged for whoever debugs it by its kind and where it happened: the message can quote what the
 * person wrote, so it stays out of the log.
 */
function describeDeviceFault(error: unknown): string {
  if (error instanceof Error && /QuotaExceeded/.test(`${error.name} ${String(error.cause)}`)) {
    return 'This device is out of storage space, so the change could not be saved. Free some space and try again.';
  }
  console.error('RIVION fault:', faultSummary(error));
  return 'Something went wrong in RIVION on this device (not your connection). Reloading the page may help; what you saved is safe.';
}

/** The error's kind and stack frames, without its message. */
export function faultSummary(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [error.name, ...frames.slice(0, 8)].join('\n');
}
