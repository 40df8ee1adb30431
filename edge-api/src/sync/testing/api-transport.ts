/** The real sync API reached in process, as the engine's transport, for tests. */
import { DataResetError, type SyncTransport } from '../../../../core/sync/engine';
import type { PullResponse, PushResponse } from '../../../../core/sync/protocol';
import type { AppType } from '../../app';

export type Fault =
  'none' | 'fail-before-send' | 'drop-push-response' | 'duplicate-push' | 'drop-pull-response';

/** Thrown for a simulated network failure, which a sync run may meet at any step. */
export class NetworkFault extends Error {}

/** The HTTP API with the failures a phone on a train sees; `app` is read at each call (restarts). */
export function apiTransport(
  app: () => AppType,
  token: string,
  fault: () => Fault = () => 'none',
): SyncTransport {
  const call = async (path: string, init?: RequestInit) => {
    const response = await app().request(path, {
      ...init,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    if (response.status === 409) throw new DataResetError();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  return {
    async push(clientId, epoch, changes) {
      const mode = fault();
      if (mode === 'fail-before-send') throw new NetworkFault();
      const send = () =>
        call('/api/sync/push', {
          method: 'POST',
          body: JSON.stringify({ client_id: clientId, epoch, changes }),
        });
      const response = (await send()) as PushResponse;
      if (mode === 'drop-push-response') throw new NetworkFault();
      return mode === 'duplicate-push' ? ((await send()) as PushResponse) : response;
    },
    async pull(cursor, limit) {
      const mode = fault();
      if (mode === 'fail-before-send') throw new NetworkFault();
      const page = (await call(`/api/sync/pull?cursor=${cursor}&limit=${limit}`)) as PullResponse;
      if (mode === 'drop-pull-response') throw new NetworkFault();
      return page;
    },
  };
}

/** "Delete all my data", as the settings page sends it; returns the new epoch. */
export async function deleteAllMyData(app: AppType, token: string): Promise<number> {
  const response = await app.request('/api/settings/data', {
    method: 'DELETE',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ confirm: true }),
  });
  if (!response.ok) throw new Error(`delete data: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { epoch: number }).epoch;
}
