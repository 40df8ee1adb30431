import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';
import { MODELS_CACHE } from './models/offline-files';
import { offlineFilesPlugin } from './models/offline-files-plugin';
import { dropBundledOrtWasm, perceptionRuntimesPlugin } from './models/perception-runtimes-plugin';
import { cspMetaPlugin } from './web/build/csp-meta-plugin';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

/** Modules of the app-base chunk (see codeSplitting below), by path. */
const APP_BASE = new RegExp(
  [
    'node_modules[\\\\/]react[\\\\/](index\\.js|cjs[\\\\/]react\\.production\\.js)$',
    'node_modules[\\\\/]dexie[\\\\/]',
    'web/src/store/(db|meta|unsynced|wipe)\\.ts$',
    'core/sync/(constants|hlc|engine)\\.ts$',
  ].join('|'),
);

/** Modules of the call-shared chunk (see codeSplitting below), by path. */
const CALL_SHARED = new RegExp(
  [
    'node_modules[\\\\/]comlink[\\\\/]',
    'web/src/perception/(workers|worker-handle|crisis-check|frame-pump|CrisisResourcesPanel|useVoiceWorker|useTextWorker|microphone|status-sentence)\\.tsx?$',
    'workers/voice/capture-(protocol\\.ts|worklet\\.ts\\?worker&url)$',
    'core/text/encoder/heads\\.ts$',
    'core/text/crisis/(regions|resources|danger-resources)\\.ts$',
    'web/src/safety/(region|CrisisLinks)\\.tsx?$',
    'web/src/chat/use-online\\.ts$',
    'web/src/settings/modalities\\.ts$',
    'web/src/store/safety-events\\.ts$',
    'core/journal/limits\\.ts$',
  ].join('|'),
);

export default defineConfig(({ mode }) => {
  const { VITE_API_ORIGIN } = loadEnv(mode, repoRoot, 'VITE_');
  return {
    root: 'web',
    publicDir: '../public',
    // .env files sit beside package.json, not inside web/.
    envDir: repoRoot,
    build: {
      outDir: '../dist',
      emptyOutDir: true,
      rolldownOptions: {
        treeshake: {
          // core/ is pure (STYLE.md: no DOM, no I/O; only a test or a CLI script prints), so
          // a module of it whose exports a page does not use is left out of that page's code.
          // Without this, the top-level tables of the crisis rules and of the built-in responder
          // count as side effects, and /call parsed all of them (~330 kB) before its first paint,
          // though it needs them only once a message is sent (useChat.ts loads them then).
          moduleSideEffects: [{ test: /\/core\/.+\.ts$/, sideEffects: false }],
        },
        output: {
          codeSplitting: {
            groups: [
              {
                // React, Dexie and the sync clock: every page loads all of them with index.js,
                // but as four chunks (each is also reached from lazy chunks that skip index's
                // other modules). One chunk is three fewer requests in every page's first wave.
                name: 'app-base',
                test: APP_BASE,
                includeDependenciesRecursively: false,
              },
              {
                // The small modules /call needs before its first paint that other signed-in
                // pages share (crisis links, worker handles, the microphone): left alone, each is
                // its own 0.3-5 kB chunk, and /call fetched 14 of them after index.js, in ~3 waves
                // at 6 connections. One chunk is one request. The landing page and the dashboard
                // use none of them; journal, settings and welcome load a few kB more.
                name: 'call-shared',
                test: CALL_SHARED,
                // Their imports (React, Dexie, index) stay where they are, shared with every page.
                includeDependenciesRecursively: false,
              },
            ],
          },
        },
      },
    },
    server: { proxy: { '/api': 'http://localhost:8787' } },
    worker: { plugins: () => [dropBundledOrtWasm()] },
    plugins: [
      react(),
      perceptionRuntimesPlugin(),
      offlineFilesPlugin(),
      cspMetaPlugin(VITE_API_ORIGIN ? [VITE_API_ORIGIN] : []),
      VitePWA({
        // 'prompt', not 'autoUpdate': an automatic reload could throw away a journal entry
        // being written. The person reloads when the banner offers it.
        registerType: 'prompt',
        // Registered from React (virtual:pwa-register/react), so no script is injected into
        // the page and the CSP needs no inline-script exception.
        injectRegister: false,
        manifest: {
          id: '/',
          name: 'RIVION',
          short_name: 'RIVION',
          description:
            'A private journal and wellness companion. Your words stay yours: camera and microphone are processed only on your device.',
          theme_color: '#2f6f69',
          background_color: '#f4f6f4',
          display: 'standalone',
          start_url: '/',
          scope: '/',
          icons: [
            { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            {
              src: '/icons/maskable-512.png',
              sizes: '512x512',
              type: 'image/png',
              purpose: 'maskable',
            },
          ],
        },
        workbox: {
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
          // Models are large and optional: fetched on first use and kept by the rule below, or
          // downloaded into that rule's cache once the person is signed in (web/src/offline-models/).
          globIgnores: ['models/**'],
          navigateFallback: '/index.html',
          navigateFallbackDenylist: [/^\/api\//],
          // Take control on first install, so the app works offline without a second visit.
          clientsClaim: true,
          cleanupOutdatedCaches: true,
          // Only /models/ is cached at runtime; /api answers are personal and always live.
          runtimeCaching: [
            {
              // workbox serialises this function into the service worker, so the header's name is
              // written out here: DOWNLOAD_HEADER of models/offline-files.ts (its test checks).
              // The offline download writes the cache itself and must not be written twice.
              urlPattern: ({ sameOrigin, url, request }) =>
                sameOrigin &&
                url.pathname.startsWith('/models/') &&
                !request.headers.has('X-Rivion-Offline-Download'),
              handler: 'CacheFirst',
              options: {
                cacheName: MODELS_CACHE,
                cacheableResponse: { statuses: [200] },
                // The face worker loads MediaPipe's loader twice, the second time as
                // `…internal.js?task=detector` (workers/face/landmarker.ts): one cached copy
                // answers both, so a call offline finds it.
                matchOptions: { ignoreSearch: true },
              },
            },
          ],
        },
      }),
      // Brotli and gzip copies of every text asset, served by the Node host (web-host.ts) to
      // browsers that accept them. After VitePWA, so the service worker is compressed too.
      compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, logLevel: 'silent' }),
    ],
  };
});
