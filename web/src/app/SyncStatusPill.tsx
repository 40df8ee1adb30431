import type { SyncSnapshot } from '../sync/sync-status';
import { useSyncSnapshot } from './use-sync-snapshot';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** A short label for the header; the full sentence is in the title and for screen readers. */
function describe({ status, pending }: SyncSnapshot): { label: string; detail: string } {
  const toSync = pending > 0 ? `${pending} to sync` : '';
  switch (status.state) {
    case 'offline':
      return {
        label: ['Offline', toSync].filter(Boolean).join(' · '),
        detail: 'You are offline. Entries are saved on this device and sync when you reconnect.',
      };
    case 'syncing':
      return { label: 'Syncing…', detail: 'Syncing with your account.' };
    case 'synced':
      // Edits made since the last run are pushed a moment later; until then, say so.
      return {
        label: toSync || 'Synced',
        detail: `Last synced at ${timeFormat.format(status.at)}.`,
      };
    case 'error':
      return { label: ['Sync paused', toSync].filter(Boolean).join(' · '), detail: status.message };
  }
}

export function SyncStatusPill() {
  const snapshot = useSyncSnapshot();
  if (!snapshot) return null;
  const { label, detail } = describe(snapshot);
  return (
    <p
      className={`sync-pill sync-pill--${snapshot.status.state}`}
      data-testid="sync-status"
      title={detail}
    >
      <span className="sync-pill-dot" aria-hidden="true" />
      {label}
      <span className="visually-hidden"> — {detail}</span>
    </p>
  );
}
