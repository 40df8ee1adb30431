/**
 * Limits of the fields a person writes, from one source: the sync schema (core/sync/protocol.ts),
 * the server that applies it and the page's forms all read them here, so the page never accepts
 * what the server would refuse.
 */
export const JOURNAL_TEXT_MAX = 20_000;
export const TAG_MAX_LENGTH = 40;
export const TAGS_MAX = 20;

export const SESSION_TOPIC_MAX = 200;
export const SESSION_NOTES_MAX = 5_000;
export const MESSAGE_CONTENT_MAX = 10_000;
export const KEYWORD_MAX_LENGTH = 60;
export const KEYWORDS_MAX = 30;
export const FEEDBACK_COMMENT_MAX = 1_000;
