import { useSession } from './session-context';
import { useSyncSnapshot } from './use-sync-snapshot';

/** Sentences about sync that deserve more than the header pill: failures and what a run changed. */
export function SyncNotices() {
  const { sync } = useSession();
  const snapshot = useSyncSnapshot();
  if (!sync || !snapshot) return null;
  const { status, notice } = snapshot;
  return (
    <div className="notices" role="status">
      {status.state === 'error' && <p className="notice notice--warning">{status.message}</p>}
      {notice && (
        <div className="notice notice--info">
          <p>{notice}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => sync.dismissNotice()}
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
