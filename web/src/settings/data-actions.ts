/** Taking data out, and deleting it, on the server and on this device. */
import { localStore } from '../store/local-store';
import { ApiError, okJson } from '../sync/api-client';
import type { ExportFormat } from '../sync/api-types';
import { api } from '../sync/authorized-fetch';

/** Downloads everything the server holds about the person, as a file they keep. */
export async function exportData(format: ExportFormat): Promise<void> {
  const response = await api.api.dashboard.export.$post({ query: { format }, json: {} });
  if (!response.ok) throw await ApiError.from(response);
  const file = await response.blob();
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download =
    fileName(response.headers.get('content-disposition')) ?? `rivion-export.${format}`;
  link.click();
  // Revoked on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url));
}

/** Deletes all journal and session data everywhere; the server's new epoch resets other devices. */
export async function deleteAllData(): Promise<void> {
  await okJson(api.api.settings.data.$delete({ json: { confirm: true } }));
  await localStore.reset();
}

function fileName(disposition: string | null): string | null {
  return disposition?.match(/filename="?([^";]+)"?/)?.[1] ?? null;
}
