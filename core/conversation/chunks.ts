/** A word and the spaces after it: "Hello, " "there." Joined back they give the exact text. */
const CHUNK = /\s*\S+\s*/g;

/**
 * A finished reply split into token-like chunks for streaming, so the built-in reply arrives the
 * way an LLM's does and the page shows it word by word. Joining the chunks gives the text back.
 */
export function replyChunks(text: string): string[] {
  return text.match(CHUNK) ?? (text ? [text] : []);
}
