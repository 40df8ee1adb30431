/** The one place the app calls `fetch`, so "can't reach the server" means exactly that. */

/** fetch() itself failed: no connection, or the server did not answer. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The request could not reach the server', { cause });
    this.name = 'NetworkError';
  }
}

/** `fetch`, with a failure to reach the server turned into `NetworkError` (an abort stays one). */
export async function fetchFromServer(
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<Response> {
  try {
    return await fetch(input, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }
}
