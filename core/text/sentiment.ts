import { COMPARATIVES, CONTRASTS, INTENSIFIERS, VALENCE } from './lexicon';
import { IDIOMS } from './idioms';
import { INABILITY, NEGATORS } from './negation';
import { normalizeForMatching } from './normalize';
import { detectSarcasm } from './sarcasm';
import type { TextSpan } from './span';
import { tokenize, type Token } from './tokenize';

export interface Sentiment {
  /** -1 (very negative) to +1 (very positive); 0 for neutral or empty text. */
  valence: number;
  sarcasm: boolean;
  sarcasmSpans: TextSpan[];
}

/** VADER's normalisation constant: a handful of strong words approach ±1 but never reach it. */
const SATURATION = 15;
/** A negated word keeps part of its strength with the opposite sign ("not happy" ≠ "sad"). */
const NEGATION_FLIP = -0.7;
const NEGATED_COMPARATIVE_BOOST = 1.3;
const CAPS_BOOST = 1.3;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
/** A sarcastic sentence turns its praise into complaint and leans negative even without praise. */
const SARCASTIC_PRAISE = -0.8;
const SARCASM_BIAS = -1.5;

interface Contribution {
  value: number;
  sentence: number;
}

/** A word in capitals inside text that is not all capitals. */
function isShouted(token: Token, allCaps: boolean): boolean {
  return (
    !allCaps &&
    token.raw.length > 1 &&
    /\p{Lu}/u.test(token.raw) &&
    token.raw === token.raw.toUpperCase()
  );
}

/** Scales a lexicon weight by the intensifier and negation in the three words before it. */
function modifyByContext(tokens: Token[], i: number, base: number): number {
  let value = base;
  const before: Token[] = [];
  for (let j = i - 1; j >= 0 && before.length < 3 && tokens[j]!.kind !== 'punct'; j -= 1) {
    before.push(tokens[j]!);
  }
  const scale = INTENSIFIERS.get(before[0]?.word ?? '');
  if (scale !== undefined) value *= scale * (INTENSIFIERS.get(before[1]?.word ?? '') ?? 1);
  const negator = before.findIndex((t) => NEGATORS.has(t.word) || INABILITY.has(t.word));
  if (negator === -1) return value;
  const between = before.slice(0, negator).map((t) => t.word);
  const emphatic =
    COMPARATIVES.has(tokens[i]!.word) ||
    (before[negator]!.word === 'never' && between.some((w) => ['so', 'more', 'this'].includes(w)));
  return emphatic ? value * NEGATED_COMPARATIVE_BOOST : value * NEGATION_FLIP;
}

/** Valence of a text with negation, intensifiers, contrast ("but"), emphasis and sarcasm cues. */
export function scoreSentiment(text: string): Sentiment {
  const tokens = tokenize(text);
  const normalized = normalizeForMatching(text);
  const sarcasmSpans = detectSarcasm(text);
  const allCaps = text === text.toUpperCase();
  const idiomAt = new Map<number, { end: number; valence: number }>();
  for (const { pattern, valence } of IDIOMS) {
    for (const match of normalized.matchAll(pattern)) {
      idiomAt.set(match.index, { end: match.index + match[0].length, valence });
    }
  }

  const contributions: Contribution[] = [];
  const sarcasticSentences = new Set<number>();
  const exclamations = new Map<number, number>();
  let sentence = 0;
  let sentenceStart = 0;
  let afterContrast = false;
  let idiomEnd = -1;
  let cue = 0;

  tokens.forEach((token, i) => {
    while (cue < sarcasmSpans.length && sarcasmSpans[cue]!.start < token.end) {
      sarcasticSentences.add(sentence);
      cue += 1;
    }
    if (token.kind === 'punct') {
      if (token.word === '!') exclamations.set(sentence, (exclamations.get(sentence) ?? 0) + 1);
      if ('.!?\n'.includes(token.word)) {
        sentence += 1;
        sentenceStart = contributions.length;
        afterContrast = false;
      }
      return;
    }
    if (CONTRASTS.has(token.word)) {
      for (let k = sentenceStart; k < contributions.length; k += 1) {
        contributions[k]!.value *= BEFORE_CONTRAST;
      }
      afterContrast = true;
      return;
    }
    const idiom = idiomAt.get(token.start);
    if (idiom) {
      // The idiom is scored once, as a whole; its words ("killing", "die") are not scored again.
      idiomEnd = idiom.end;
      contributions.push({ value: idiom.valence, sentence });
    }
    if (token.start < idiomEnd) return;
    const base = VALENCE.get(token.word) ?? VALENCE.get(token.word.replace(/s$/, ''));
    if (base === undefined) return;
    let value = modifyByContext(tokens, i, base);
    if (isShouted(token, allCaps)) value *= CAPS_BOOST;
    if (afterContrast) value *= AFTER_CONTRAST;
    contributions.push({ value, sentence });
  });

  let total = 0;
  for (const { value, sentence: id } of contributions) {
    const loud = 1 + 0.1 * Math.min(3, exclamations.get(id) ?? 0);
    const sarcastic = sarcasticSentences.has(id) && value > 0;
    total += (sarcastic ? value * SARCASTIC_PRAISE : value) * loud;
  }
  total += sarcasticSentences.size * SARCASM_BIAS;
  const valence = total / Math.sqrt(total * total + SATURATION);
  return {
    valence: Math.round(valence * 1000) / 1000,
    sarcasm: sarcasmSpans.length > 0,
    sarcasmSpans,
  };
}
