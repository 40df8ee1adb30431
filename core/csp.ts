/**
 * The app's Content Security Policy, one source for the server's header and the built page's
 * <meta>. Only this origin (plus an API hosted elsewhere) may be contacted: the privacy promise
 * that nothing leaves the device except through our own API is enforced by the browser.
 * 'wasm-unsafe-eval' lets on-device models compile WebAssembly without allowing eval();
 * blob: workers and media carry camera and microphone processing that never leaves the page.
 */
export function contentSecurityPolicy(apiOrigins: string[]): string {
  const connect = ["'self'", ...apiOrigins].join(' ');
  return [
    "default-src 'self'",
    `connect-src ${connect}`,
    "script-src 'self' 'wasm-unsafe-eval'",
    "worker-src 'self' blob:",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
  ].join('; ');
}
