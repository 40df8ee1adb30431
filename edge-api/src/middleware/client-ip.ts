import type { Context } from 'hono';
import type { AppDeps } from '../services';

/**
 * X-Forwarded-For is set by whoever sends the request, so it is believed only when the operator
 * says a proxy in front overwrites it (TRUST_PROXY=true); otherwise the runtime's peer address.
 */
export function clientIpResolver(
  trustProxy: boolean,
  peerIp: AppDeps['peerIp'],
): (c: Context) => string {
  return (c) => {
    if (trustProxy) {
      const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    return peerIp?.(c) ?? 'unknown';
  };
}
