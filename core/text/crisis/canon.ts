/**
 * Canonical text for crisis matching: texting spellings and dropped apostrophes spelled out
 * ("dont" -> "don't", "im" -> "i'm", "rn" -> "right now", "idk" -> "i don't know") and filler
 * adverbs removed ("not really sure" -> "not sure", "wouldnt even be mad" -> "wouldn't be mad"),
 * so one rule covers the ways people actually type a phrase. A map from every canonical
 * character back to the original keeps spans pointing at what the person wrote.
 */

const SPELLINGS: Record<string, string> = {
  dont: "don't",
  dnt: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  cnt: "can't",
  wont: "won't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  shouldnt: "shouldn't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  werent: "weren't",
  havent: "haven't",
  hasnt: "hasn't",
  hadnt: "hadn't",
  aint: "ain't",
  im: "i'm",
  ive: "i've",
  youre: "you're",
  youll: "you'll",
  youve: "you've",
  ur: "you're",
  u: 'you',
  r: 'are',
  urself: 'yourself',
  shes: "she's",
  hes: "he's",
  theyre: "they're",
  thats: "that's",
  whats: "what's",
  theres: "there's",
  its: "it's",
  itll: "it'll",
  everyones: "everyone's",
  rn: 'right now',
  atm: 'at the moment',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrrw: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  tonite: 'tonight',
  '2nite': 'tonight',
  idk: "i don't know",
  dunno: "don't know",
  dw: "don't worry",
  idc: "i don't care",
  gonna: 'going to',
  gunna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  cuz: 'because',
  coz: 'because',
  cos: 'because',
  bc: 'because',
  ppl: 'people',
  smth: 'something',
  sth: 'something',
  abt: 'about',
  tho: 'though',
  prob: 'probably',
  probs: 'probably',
  prolly: 'probably',
  bf: 'boyfriend',
  gf: 'girlfriend',
  mom: 'mum',
  mam: 'mum',
};

/** Adverbs that colour a phrase without changing who or what it is about. */
const FILLERS = new Set([
  'really',
  'honestly',
  'literally',
  'genuinely',
  'actually',
  'truly',
  'seriously',
  'tbh',
  'tbf',
  'ngl',
  'fr',
  'lowkey',
  'highkey',
  'kinda',
  'basically',
  'even',
  'fucking',
  'bloody',
  'deadass',
]);

export interface CanonicalText {
  text: string;
  /** Original offset where canonical character i starts, and where it ends. */
  starts: Int32Array;
  ends: Int32Array;
}

const WORD = /[\p{L}\p{N}']+/gu;

/** Canonical form of normalized text (see normalizeForMatching), with its offset map. */
export function canonicalize(normalized: string): CanonicalText {
  const pieces: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let copiedTo = 0;
  const copy = (to: number) => {
    for (let i = copiedTo; i < to; i += 1) {
      starts.push(i);
      ends.push(i + 1);
    }
    pieces.push(normalized.slice(copiedTo, to));
    copiedTo = to;
  };
  for (const match of normalized.matchAll(WORD)) {
    const word = match[0];
    const replacement = FILLERS.has(word) ? '' : SPELLINGS[word];
    if (replacement === undefined || replacement === word) continue;
    const start = match.index;
    let end = start + word.length;
    // A dropped filler takes its following space with it, so "therapy really helped" reads
    // "therapy helped" with one space, as plain-space patterns expect.
    if (replacement === '') while (normalized[end] === ' ') end += 1;
    copy(start);
    for (let i = 0; i < replacement.length; i += 1) {
      starts.push(start);
      ends.push(end);
    }
    pieces.push(replacement);
    copiedTo = end;
  }
  copy(normalized.length);
  return { text: pieces.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** The original offsets of canonical [start, end). */
export function originalRange(
  canonical: CanonicalText,
  start: number,
  end: number,
): { start: number; end: number } {
  if (canonical.text.length === 0) return { start: 0, end: 0 };
  const last = Math.max(start, end - 1);
  return { start: canonical.starts[start] ?? 0, end: canonical.ends[last] ?? 0 };
}
