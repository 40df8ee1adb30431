import { useEffect } from 'react';
import { Outlet } from 'react-router-dom';
import { UpdatePrompt } from '../pwa/UpdatePrompt';
import { usePreferences } from '../settings/preferences';
import { useLocalRetention } from '../settings/use-local-retention';
import { Header } from './Header';
import { SyncNotices } from './SyncNotices';

export function AppShell() {
  const theme = usePreferences()?.theme ?? 'system';
  useLocalRetention();
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
