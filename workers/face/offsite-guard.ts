/**
 * MediaPipe tasks-vision posts usage logs to a Google host every minute. The page's CSP
 * (connect-src 'self') already blocks that; refusing it here as well means the request is never
 * even attempted and nothing about this device is offered to anyone.
 */
export function refuseOffsiteFetch(scope: typeof globalThis = self): void {
  const original = scope.fetch.bind(scope);
  scope.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), scope.location.href);
    if (url.origin !== scope.location.origin) {
      return Promise.reject(new TypeError(`face worker: refused request to ${url.origin}`));
    }
    return original(input, init);
  };
}
