import { createContext, useContext } from 'react';
import type { AuthSession } from '../store/meta-values';
import type { SyncManager } from '../sync/sync-manager';

export interface SessionState {
  /** undefined while the local database is still being read; null when signed out. */
  session: AuthSession | null | undefined;
  /** Running while someone is signed in. */
  sync: SyncManager | null;
}

export const SessionContext = createContext<SessionState>({ session: undefined, sync: null });

export function useSession(): SessionState {
  return useContext(SessionContext);
}
