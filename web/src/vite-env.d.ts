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
