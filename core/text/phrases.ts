import { spanOf, type TextSpan } from './span';

/**
 * Compiles a phrase pattern written with plain spaces: each space matches any run of
 * whitespace, and the phrase must start and end at word edges. Patterns are written against
 * normalizeForMatching() output (lower-case, straight apostrophes). ` *` and ` ?` keep their
 * regex meaning: any whitespace, an optional space.
 */
export function phrase(source: string): RegExp {
  const spaced = source.replace(/ \*/g, '\\s*').replace(/ \?/g, '\\s?').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}'])(?:${spaced})(?![\\p{L}\\p{N}])`, 'gu');
}

export interface PhraseMatch {
  start: number;
  end: number;
}

/** Every non-overlapping match of a compiled phrase in normalized text. */
export function matchPhrase(pattern: RegExp, normalized: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const match of normalized.matchAll(pattern)) {
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

export const toSpan = (original: string, match: PhraseMatch): TextSpan =>
  spanOf(original, match.start, match.end);

/** Replaces the matched stretches with spaces, keeping every other offset where it was. */
export function maskPhrases(normalized: string, patterns: readonly RegExp[]): string {
  let masked = normalized;
  for (const pattern of patterns) {
    masked = masked.replace(pattern, (hit) => ' '.repeat(hit.length));
  }
  return masked;
}

/** Common spellings the patterns below share, so each pattern reads like the phrase it is. */
export const I_AM = "(?:i'?m|i am|im)";
export const DONT = "(?:don'?t|do not)";
export const CANT = "(?:can'?t|cannot|can not)";
export const WANT_TO = '(?:wants? (?:to|2)|wanted to|wanting to|wanna)';
export const GOING_TO = "(?:going to|gonna|gunna|about to|ready to|planning to|plan to|will|i'll)";
export const ANYMORE = '(?:anymore|any more|no more|any longer|much longer)';
export const MYSELF = '(?:my ?self|meself)';

/**
 * Alternatives written one phrase per line, so a reviewer reads, diffs and blames one phrase:
 * `oneOf(['a', 'b'])` is the group `(?:a|b)`, `anyOf(['a', 'b'])` the bare `a|b` (a whole
 * pattern, which phrase() groups).
 */
export const oneOf = (phrases: readonly string[]): string => `(?:${phrases.join('|')})`;
export const anyOf = (phrases: readonly string[]): string => phrases.join('|');
