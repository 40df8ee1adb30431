/**
 * The shared data folder beside the repo (../shared/data); RIVION_SHARED_DATA points elsewhere,
 * e.g. from a git worktree, where the folder is not beside the checkout.
 */
export const SHARED_DATA =
  process.env.RIVION_SHARED_DATA ?? new URL('../../../shared/data/', import.meta.url).pathname;
