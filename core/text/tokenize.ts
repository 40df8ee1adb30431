import { normalizeForMatching } from './normalize';

export interface Token {
  /** Normalized form: lower-case, straight apostrophes. */
  word: string;
  /** The token as typed, used for ALL-CAPS emphasis. */
  raw: string;
  start: number;
  end: number;
  kind: 'word' | 'emoji' | 'punct';
}

const TOKEN =
  /(?<word>[\p{L}\p{N}]+(?:'[\p{L}]+)*)|(?<emoji>\p{Extended_Pictographic}(?:\u200d\p{Extended_Pictographic})*)|[.!?;,:\n]/gu;

/** Splits text into word, emoji and clause-punctuation tokens with their offsets. */
export function tokenize(text: string): Token[] {
  const normalized = normalizeForMatching(text);
  const tokens: Token[] = [];
  for (const match of normalized.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    const kind = match.groups?.word ? 'word' : match.groups?.emoji ? 'emoji' : 'punct';
    tokens.push({ word: match[0], raw: text.slice(start, end), start, end, kind });
  }
  return tokens;
}

const SENTENCE_END = /[.!?\n]+/g;

/** Sentence ranges: split at . ! ? and line breaks, empty ones dropped. */
export function sentenceRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (text.slice(start, end).trim()) ranges.push({ start, end });
    start = end;
  }
  if (text.slice(start).trim()) ranges.push({ start, end: text.length });
  return ranges;
}

/** How far context checks look either side of a match; bounds the work on huge input. */
const CONTEXT_RADIUS = 200;

/** The sentence around `index`, clipped to CONTEXT_RADIUS characters either side. */
export function sentenceAround(text: string, index: number): { start: number; end: number } {
  const from = Math.max(0, index - CONTEXT_RADIUS);
  const before = text.slice(from, index);
  let start = from;
  for (const match of before.matchAll(SENTENCE_END)) start = from + match.index + match[0].length;
  const after = text.slice(index, index + CONTEXT_RADIUS);
  const stop = after.search(/[.!?\n]/);
  return { start, end: stop === -1 ? index + after.length : index + stop + 1 };
}
