import { Navigate, Outlet } from 'react-router-dom';
import { LandingPage } from '../landing/LandingPage';
import { welcomePending } from '../welcome/welcome-flag';
import { useSession } from './session-context';

/** The address everyone starts at: the call for people signed in, the landing page for others. */
export function Home() {
  const { session } = useSession();
  if (session === undefined) return null;
  return session ? <Navigate to="/call" replace /> : <LandingPage />;
}

/** Pages for people who are signed in; others are sent to sign in. */
export function SignedInOnly() {
  const { session } = useSession();
  if (session === undefined) return null;
  return session ? <Outlet /> : <Navigate to="/signin" replace />;
}

/** Sign-in and sign-up; someone already signed in goes straight to the call. */
export function SignedOutOnly() {
  const { session } = useSession();
  if (session === undefined) return null;
  return session ? <Navigate to="/" replace /> : <Outlet />;
}

/** Right after sign-up, the three welcome screens come before any other page, once. */
export function WelcomeFirst() {
  return welcomePending() ? <Navigate to="/welcome" replace /> : <Outlet />;
}
