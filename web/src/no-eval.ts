/**
 * Zod compiles a faster parser with `new Function` when it can, and probes for that by calling
 * `Function('')` on the first object it parses. Our CSP allows no eval, so the probe was a CSP
 * violation on every page that reads a stored record (Lighthouse's "inspector-issues" on /call).
 * The interpreted parser is plenty for the few records a page reads. Imported first by main.tsx;
 * the setting lives on globalThis, so it holds for every chunk that loads zod later.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
