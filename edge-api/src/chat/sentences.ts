/**
 * Holds an LLM's tokens back until a sentence is complete, so each sentence can be screened
 * before the person sees any of it. A sentence ends at . ! ? or … (with closing quotes or
 * brackets) followed by white space and a word that does not start lower case, or at a line
 * break; "3.5", "e.g. a nap" and the titles below do not end one.
 */
const BOUNDARY = /[.!?…]+["'”’)\]]*\s+(?=[^a-z\s])|\n+/g;
const TITLE = /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Prof|St)\.\s+$/;

export interface SentenceGate {
  /** Adds a token; returns the sentences it completed, each with its trailing white space. */
  push(token: string): string[];
  /** What is left after the last complete sentence (the end of a reply that finished). */
  rest(): string;
}

export function createSentenceGate(): SentenceGate {
  let pending = '';
  return {
    push(token) {
      pending += token;
      const sentences: string[] = [];
      let start = 0;
      for (const match of pending.matchAll(BOUNDARY)) {
        const end = match.index + match[0].length;
        // A boundary at the very end may continue ("Wait." + "..."): decide with the next token.
        if (end === pending.length) break;
        if (TITLE.test(pending.slice(start, end))) continue;
        sentences.push(pending.slice(start, end));
        start = end;
      }
      pending = pending.slice(start);
      return sentences;
    },
    rest: () => pending,
  };
}
