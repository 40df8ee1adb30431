/** The typed API client: request and response types come from the server's own routes. */
import { hc, type ClientResponse, type parseResponse } from 'hono/client';
import type { AppType } from '../../../edge-api/src/app';

/** Same origin unless the API is hosted elsewhere (the CSP then lists that origin too). */
const API_BASE = import.meta.env.VITE_API_ORIGIN ?? '/';

/** An API path under the API's origin, for the few calls the typed client cannot make (streams). */
export function apiUrl(path: string): URL {
  return new URL(path, new URL(API_BASE, location.href));
}

export function createApiClient(fetchImpl: typeof fetch) {
  return hc<AppType>(API_BASE, { fetch: fetchImpl });
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** An answer other than 2xx, carrying the server's `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Seconds from the Retry-After header, when the server asked us to wait. */
    readonly retryAfter: number | null,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  static async from(response: Response): Promise<ApiError> {
    const body: unknown = await response.json().catch(() => null);
    const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const retryAfter = Number(response.headers.get('retry-after'));
    return new ApiError(
      response.status,
      typeof error?.code === 'string' ? error.code : 'http_error',
      typeof error?.message === 'string' ? error.message : response.statusText,
      Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : null,
    );
  }
}

/** The success body of a typed call, or an `ApiError` thrown for any other status. */
export async function okJson<T extends ClientResponse<unknown>>(
  pending: T | Promise<T>,
): ReturnType<typeof parseResponse<T>> {
  const response = await pending;
  if (!response.ok) throw await ApiError.from(response);
  return response.json() as ReturnType<typeof parseResponse<T>>;
}
