import { Navigate, Outlet } from 'react-router-dom';
import { useSession } from './session-context';

/** Pages for people who are signed in; others are sent to sign in. */
export function SignedInOnly() {
  const { session } = useSession();
  if (session === undefined) return null;
  return session ? <Outlet /> : <Navigate to="/signin" replace />;
}

/** Sign-in and sign-up; someone already signed in goes straight to the journal. */
export function SignedOutOnly() {
  const { session } = useSession();
  if (session === undefined) return null;
  return session ? <Navigate to="/" replace /> : <Outlet />;
}
