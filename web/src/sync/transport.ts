/** The core engine's network half, over the typed API client. */
import { DataResetError, type SyncTransport } from '../../../core/sync/engine';
import { ApiError, okJson, type ApiClient } from './api-client';

export function createSyncTransport(api: ApiClient): SyncTransport {
  return {
    async push(clientId, epoch, changes) {
      const response = await api.api.sync.push.$post({
        json: { client_id: clientId, epoch, changes },
      });
      if (response.status === 409) {
        const error = await ApiError.from(response);
        throw error.code === 'data_reset' ? new DataResetError() : error;
      }
      return okJson(response);
    },
    pull(cursor, limit) {
      return okJson(api.api.sync.pull.$get({ query: { cursor, limit: String(limit) } }));
    },
  };
}
