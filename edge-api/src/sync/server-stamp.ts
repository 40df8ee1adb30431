/** Clock values the server stamps itself: a reset point, or a record a route writes for a client. */
import { formatHlc, parseHlc } from '../../../core/sync/hlc';

/** The node id of every server-made timestamp. */
export const SERVER_NODE = 'server';

/**
 * A server timestamp at `nowMs` that sorts after every one of `after` (nulls ignored): a stored
 * version stamped slightly ahead by a device (within the drift limit) is still overtaken.
 */
export function nextServerHlc(nowMs: number, after: readonly (string | null)[]): string {
  let wallMs = nowMs;
  let counter = 0;
  for (const hlc of after) {
    if (hlc === null) continue;
    const parts = parseHlc(hlc);
    if (parts.wallMs > wallMs || (parts.wallMs === wallMs && parts.counter >= counter)) {
      wallMs = parts.wallMs;
      counter = parts.counter + 1;
    }
  }
  return formatHlc({ wallMs, counter, node: SERVER_NODE });
}
