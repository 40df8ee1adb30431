/** Signing in and out, and closing the account; tokens and local data change together. */
import { db } from '../store/db';
import { readMeta } from '../store/meta';
import type { AuthSession } from '../store/meta-values';
import { endSession, startSession } from '../store/session';
import { okJson } from '../sync/api-client';
import { api, publicApi } from '../sync/authorized-fetch';
import { markWelcomePending } from '../welcome/welcome-flag';

export interface SignUpForm {
  email: string;
  username: string;
  password: string;
}

export async function signUp(form: SignUpForm): Promise<void> {
  const created = await okJson(
    publicApi.api.auth.register.$post({ json: { ...form, privacy_consent: true } }),
  );
  // Before the session starts, so the first page after sign-up is already the welcome.
  markWelcomePending();
  await startSession(db, created);
}

/** After OtherAccountUnsyncedError: the person chose to remove the other account's changes. */
export async function signInRemovingOtherAccount(session: AuthSession): Promise<void> {
  await startSession(db, session, { removeOtherAccountsUnsynced: true });
}

export async function signIn(email: string, password: string): Promise<void> {
  const session = await okJson(publicApi.api.auth.login.$post({ json: { email, password } }));
  await startSession(db, session);
}

/**
 * Revokes the refresh token on the server when it can; offline, the token simply expires there,
 * and this device forgets it either way.
 */
export async function signOut({ removeLocalCopy }: { removeLocalCopy: boolean }): Promise<void> {
  const session = await readMeta(db, 'session');
  if (session) {
    await api.api.auth.logout
      .$post({ json: { refresh_token: session.refresh_token } })
      .catch((error: unknown) => console.warn('Sign-out could not reach the server', error));
  }
  await endSession(db, { removeLocalCopy });
}

export async function deleteAccount(password: string): Promise<void> {
  await okJson(api.api.auth.account.$delete({ json: { password_confirmation: password } }));
  await endSession(db, { removeLocalCopy: true });
}
