import type { Plugin } from 'vite';
import { contentSecurityPolicy } from '../../core/csp';

/**
 * Puts the CSP into the built index.html, so the page is protected even when served by a host
 * that sets no header. Build only: the dev server relies on inline scripts for hot reload.
 */
export function cspMetaPlugin(apiOrigins: string[]): Plugin {
  // A <meta> policy may not carry frame-ancestors; browsers ignore it there with a warning.
  const policy = contentSecurityPolicy(apiOrigins)
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'rivion-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
        injectTo: 'head-prepend',
      },
    ],
  };
}
