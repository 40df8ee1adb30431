import { useEffect } from 'react';
import { Outlet, useLocation } from 'react-router-dom';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { usePreferences } from '../settings/preferences';
import { useLocalRetention } from '../settings/use-local-retention';
import { welcomePending } from '../welcome/welcome-flag';
import { Header } from './Header';
import { useSession } from './session-context';
import { SyncNotices } from './SyncNotices';
import { whenIdle } from './when-idle';

/**
 * Once someone is signed in and past the welcome, the models for offline calls download in the
 * background after the page is idle. A dynamic import, so neither the landing page nor /call's
 * first paint carries that code.
 */
function useOfflineModelsWhenIdle(): void {
  const signedIn = Boolean(useSession().session);
  const { pathname } = useLocation();
  useEffect(() => {
    if (!signedIn || pathname === '/welcome' || welcomePending()) return;
    return whenIdle(
      () => void import('../offline-models/background').then((m) => m.downloadInBackground()),
      15_000,
    );
  }, [signedIn, pathname]);
}

export function AppShell() {
  const theme = usePreferences()?.theme ?? 'system';
  useLocalRetention();
  useOfflineModelsWhenIdle();
  useEffect(() => {
    // The stylesheet picks colours from this attribute; 'system' follows prefers-color-scheme.
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <SyncNotices />
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <UpdatePrompt />
    </>
  );
}
