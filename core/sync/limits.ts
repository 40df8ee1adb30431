/**
 * Sync limits, kept apart from the zod schemas so clients that only run the engine do not bundle
 * the validator.
 */
export const MAX_PUSH_CHANGES = 500;
export const MAX_PULL_LIMIT = 1000;
export const DEFAULT_PULL_LIMIT = 500;
