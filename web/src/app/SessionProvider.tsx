import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, type ReactNode } from 'react';
import { refreshPreferences } from '../settings/preferences';
import { db } from '../store/db';
import { localStore } from '../store/local-store';
import { readMeta } from '../store/meta';
import { api, openSyncEvents } from '../sync/authorized-fetch';
import { SyncManager } from '../sync/sync-manager';
import { createSyncTransport } from '../sync/transport';
import { SessionContext } from './session-context';
import { whenIdle } from './when-idle';

/** Follows the session in IndexedDB, so signing in or out in any tab updates every tab. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useLiveQuery(async () => (await readMeta(db, 'session')) ?? null);
  const userId = session?.user_id;

  const sync = useMemo(
    () =>
      userId
        ? new SyncManager(localStore, createSyncTransport(api), { openEvents: openSyncEvents })
        : null,
    [userId],
  );

  useEffect(() => {
    if (!sync) return;
    const begin = () => {
      sync.start();
      // The cached copy keeps the theme right offline; a failed refresh changes nothing.
      refreshPreferences().catch(() => undefined);
    };
    // Sync and the preferences refresh wait until the page has painted: on a slow phone their
    // three requests otherwise share the network with the page's own code before first paint.
    const cancel = whenIdle(begin, 1_000);
    return () => {
      cancel();
      sync.dispose();
    };
  }, [sync]);

  const value = useMemo(() => ({ session, sync }), [session, sync]);
  return <SessionContext value={value}>{children}</SessionContext>;
}
