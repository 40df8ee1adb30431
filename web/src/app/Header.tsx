import { NavLink } from 'react-router-dom';
import { useSession } from './session-context';
import { SyncStatusPill } from './SyncStatusPill';

export function Header() {
  const { session } = useSession();
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <NavLink to="/" className="brand">
          <img src="/icon.svg" alt="" width="32" height="32" />
          <span>RIVION</span>
        </NavLink>
        {session && (
          <>
            <nav aria-label="Main" className="main-nav">
              <NavLink to="/" end>
                Journal
              </NavLink>
              <NavLink to="/chat" data-testid="chat-link">
                Chat
              </NavLink>
              <NavLink to="/settings" data-testid="settings-link">
                Settings
              </NavLink>
            </nav>
            <SyncStatusPill />
          </>
        )}
      </div>
    </header>
  );
}
