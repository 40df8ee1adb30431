import { NavLink } from 'react-router-dom';
import { GetHelpNowButton, GetHelpNowPanel, useGetHelpNow } from './GetHelpNow';
import { useSession } from './session-context';
import { SyncStatusPill } from './SyncStatusPill';

const MAIN_LINKS = [
  { to: '/call', label: 'Call' },
  { to: '/journal', label: 'Journal' },
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/settings', label: 'Settings' },
  { to: '/privacy', label: 'Privacy' },
] as const;

export function Header() {
  const { session } = useSession();
  const help = useGetHelpNow();
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
              {MAIN_LINKS.map(({ to, label }) => (
                <NavLink key={to} to={to} data-testid={`${label.toLowerCase()}-link`}>
                  {label}
                </NavLink>
              ))}
            </nav>
            <SyncStatusPill />
            <GetHelpNowButton open={help.open} onToggle={help.toggle} />
          </>
        )}
      </div>
      {session && help.open && <GetHelpNowPanel onClose={help.close} />}
    </header>
  );
}
