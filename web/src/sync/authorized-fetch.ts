/**
 * The two API clients. `api` acts for the signed-in person: it attaches the access token and,
 * on a 401, renews the tokens once and retries. A refused renewal signs the person out.
 */
import { db } from '../store/db';
import { readMeta, writeMeta } from '../store/meta';
import type { AuthSession } from '../store/meta-values';
import { endSession } from '../store/session';
import { ApiError, apiUrl, createApiClient, okJson } from './api-client';
import { withLock } from './locks';
import { fetchFromServer } from './network';

/** Thrown when a call needs a session and there is none (signed out meanwhile). */
export class SignedOutError extends Error {
  constructor() {
    super('Not signed in');
    this.name = 'SignedOutError';
  }
}

// A plain function, because hc calls `fetch` as a method of its own object, which browsers reject.
export const publicApi = createApiClient(fetchFromServer);
export const api = createApiClient(authorizedFetch);

/** The account's live change nudges (see LiveChanges), as the signed-in person. */
export function openSyncEvents(signal: AbortSignal): Promise<Response> {
  return authorizedFetch(apiUrl('api/sync/events'), {
    signal,
    headers: { accept: 'text/event-stream' },
  });
}

/** POST /api/chat/reply as the signed-in person; read it with chat/reply-client.ts. */
export function postChatReply(body: string, signal: AbortSignal): Promise<Response> {
  return authorizedFetch(apiUrl('api/chat/reply'), {
    method: 'POST',
    signal,
    body,
    headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
  });
}

async function authorizedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const session = await readMeta(db, 'session');
  if (!session) throw new SignedOutError();
  const response = await fetchWithToken(input, init, session.token);
  if (response.status !== 401) return response;
  const renewed = await renewSession(session.token);
  return renewed ? fetchWithToken(input, init, renewed.token) : response;
}

function fetchWithToken(input: RequestInfo | URL, init: RequestInit | undefined, token: string) {
  const headers = new Headers(init?.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetchFromServer(input, { ...init, headers });
}

let renewal: Promise<AuthSession | null> | null = null;

/** One renewal for every caller that saw the same 401; null means the person is signed out. */
function renewSession(rejectedToken: string): Promise<AuthSession | null> {
  renewal ??= withLock('rivion-auth-renewal', () => rotateTokens(rejectedToken)).finally(() => {
    renewal = null;
  });
  return renewal;
}

async function rotateTokens(rejectedToken: string): Promise<AuthSession | null> {
  const session = await readMeta(db, 'session');
  // Another tab renewed while this one waited for the lock (or the person signed out).
  if (!session || session.token !== rejectedToken) return session ?? null;
  try {
    const tokens = await okJson(
      publicApi.api.auth.refresh.$post({ json: { refresh_token: session.refresh_token } }),
    );
    const renewed = { ...session, token: tokens.token, refresh_token: tokens.refresh_token };
    await writeMeta(db, 'session', renewed);
    return renewed;
  } catch (error) {
    // A refusal (expired, revoked, reused) ends the session; keeping the local copy means
    // nothing unsynced is lost. Network failures and 5xx leave the session for a later retry.
    if (isRefusal(error)) {
      await endSession(db, { removeLocalCopy: false });
      return null;
    }
    throw error;
  }
}

function isRefusal(error: unknown): boolean {
  return (
    error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 429
  );
}
