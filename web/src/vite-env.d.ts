/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/react" />

interface ImportMetaEnv {
  /** Origin of the API when it is not served with the app, e.g. https://api.rivion.app. */
  readonly VITE_API_ORIGIN?: string;
  /** Text emotion model by name (workers/text/model-config.ts TEXT_MODELS); empty = the default. */
  readonly VITE_TEXT_MODEL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** The files a call fetches from /models/, made at build time (models/offline-files-plugin.ts). */
declare module 'virtual:rivion-model-files' {
  /** The service worker's cache for /models/. */
  export const MODELS_CACHE: string;
  /** Sent with the offline download's requests so the service worker leaves them alone. */
  export const DOWNLOAD_HEADER: string;
  const files: { url: string; bytes: number; sha256?: string }[];
  export default files;
}
