/** Words that negate what follows within a short window. */
export const NEGATORS = new Set([
  'not',
  'never',
  'no',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "didn't",
  'didnt',
  "won't",
  'wont',
  "wouldn't",
  'wouldnt',
  "isn't",
  "aren't",
  "wasn't",
  "haven't",
  'havent',
  "hasn't",
  "shouldn't",
  "ain't",
  'nor',
  'without',
]);

/** Inability negates a feeling word ("can't be happy") but not intent ("can't even kill myself right"). */
export const INABILITY = new Set(["can't", 'cant', 'cannot', "couldn't", 'couldnt']);

/** After a negator these make it a hedge, not a denial: "not sure I want to live". */
const HEDGES = new Set([
  'sure',
  'saying',
  'say',
  'said',
  'certain',
  'that',
  'because',
  'only',
  // "not gonna lie, i want to die": a discourse marker, not a denial.
  'lie',
  'lying',
]);

/**
 * "Don't know how/if/whether ..." is uncertainty about what follows, not a denial of it: "I don't
 * know how much longer I can keep going" is a disclosure. Only with a question word after it, so
 * "I don't know anyone who self-harms" is still a negation.
 */
const KNOW = new Set(['know', 'knowing', 'knew', 'idea']);
const QUESTION = new Set(['how', 'if', 'whether', 'why', 'what', 'when', 'where']);

/** After a negator these make it emphasis: "never felt more alone", "never been so tired". */
const EMPHASIS = new Set(['more', 'so', 'this', 'as', 'worse']);

const CLAUSE_BREAK = /[.!?;,\n]|\bbut\b|\bhowever\b/g;
const WORD = /[\p{L}']+/gu;

export interface NegationOptions {
  /** How many words before the match a negator may stand. */
  window?: number;
  /** Also count can't/couldn't as negators. */
  inability?: boolean;
}

/**
 * True when a negator within `window` words before `index`, in the same clause, denies the
 * phrase that starts there. Works on normalized text.
 */
export function negatedBefore(
  normalized: string,
  index: number,
  { window = 5, inability = false }: NegationOptions = {},
): boolean {
  let context = normalized.slice(Math.max(0, index - 80), index);
  let lastBreak = -1;
  for (const match of context.matchAll(CLAUSE_BREAK)) lastBreak = match.index + match[0].length;
  if (lastBreak >= 0) context = context.slice(lastBreak);
  const words = context.match(WORD) ?? [];
  const recent = words.slice(-window);
  for (let i = recent.length - 1; i >= 0; i -= 1) {
    const word = recent[i]!;
    if (!NEGATORS.has(word) && !(inability && INABILITY.has(word))) continue;
    // The phrase's own first word counts too: "never felt | more alone".
    const following = [
      ...recent.slice(i + 1),
      normalized.slice(index, index + 40).match(WORD)?.[0] ?? '',
    ];
    if (following.some((next) => HEDGES.has(next) || EMPHASIS.has(next))) return false;
    if (following.some((next, j) => KNOW.has(next) && QUESTION.has(following[j + 1] ?? ''))) {
      return false;
    }
    return true;
  }
  return false;
}
