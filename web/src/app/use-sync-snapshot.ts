import { useSyncExternalStore } from 'react';
import type { SyncSnapshot } from '../sync/sync-status';
import { useSession } from './session-context';

const noSubscription = () => () => undefined;
const signedOut = () => null;

/** The running sync's status, or null when nobody is signed in. */
export function useSyncSnapshot(): SyncSnapshot | null {
  const { sync } = useSession();
  return useSyncExternalStore(sync?.subscribe ?? noSubscription, sync?.getSnapshot ?? signedOut);
}
