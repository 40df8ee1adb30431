import { canonicalize } from './canon';
import { normalizeForMatching } from '../normalize';

/**
 * The learned crisis classifier beside the rules: multinomial logistic regression over word
 * n-grams and character n-grams of the canonical text (the same canonical form the rules match,
 * so "dont", "im" and "rn" read as "don't", "i'm" and "right now"). Pure and synchronous: the
 * weights arrive as a plain object, so the main thread scores a message without a worker or a
 * download. Training (models/safety/train.ts) uses the same featuresOf, so the two cannot drift.
 */

export interface CrisisFeatureOptions {
  /** Word n-grams up to this length (1 or 2), never across a sentence end. */
  words: number;
  /** Character n-gram lengths [min, max] inside each word padded as "<word>"; [0, 0] for none. */
  chars: [number, number];
  /** Also mark the 3 words after a negator ("not", "never", "don't") as negated ("!suicidal"). */
  negation: boolean;
  /**
   * Sentiment-style negation scope: after a negator, every word up to the clause's end is read
   * as its negated form ("I'm not a burden": w:!burden, not w:burden), and a word class met there
   * counts as denied ("k:!burden"). Hedges ("not sure", "don't know how") open no scope.
   */
  negationScope?: boolean;
  /**
   * Word classes ("means": pills, tablets, oxy...) as canonical words or phrases; each class
   * present adds "k:<class>", and with conceptPairs each pair present adds "k:<a>+<b>".
   */
  concepts?: Record<string, string[]>;
  conceptPairs?: boolean;
}

export const CRISIS_MODEL_LABELS = ['none', 'elevated', 'severe'] as const;

/** The committed model file: one row per feature, [feature, w_none, w_elevated, w_severe]. */
export interface CrisisClassifierFile {
  version: 1;
  features: CrisisFeatureOptions;
  /** Weights are stored as integers; multiply by scale. */
  scale: number;
  bias: [number, number, number];
  /** Cut-offs on p(severe) and on p(elevated or severe), chosen by leave-one-author-out CV. */
  thresholds: { severe: number; elevated: number };
  rows: [string, number, number, number][];
}

export interface CrisisModelScore {
  /** p(severe). */
  severe: number;
  /** p(elevated or severe): how likely the message needs support at all. */
  elevated: number;
  level: 'none' | 'elevated' | 'severe';
}

// Sentence ends break n-grams; commas only end a negation's reach.
const TOKEN = /[\p{L}\p{N}']+|\p{Extended_Pictographic}|[.!?;\n]+|,/gu;
const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'without']);
const isNegator = (word: string) => NEGATORS.has(word) || word.endsWith("n't");
/** Inability ("can't go on") is a disclosure, not a denial: it opens no scope. */
const INABLE = new Set(["can't", "couldn't", 'cannot']);
/** After a negator these make it a hedge ("not sure I want to live"), not a denial. */
const HEDGE = new Set(['sure', 'certain', 'lie', 'lying', 'only', 'even', 'that', 'because']);
const QUESTION = new Set(['how', 'if', 'whether', 'why', 'what', 'when', 'where']);
/** "I don't care if I die", "I'm not scared to die": the negator denies the feeling, not the death. */
export const FEELING_NOT_RISK = [
  'care',
  'mind',
  'scared',
  'afraid',
  'frightened',
  'matter',
  'stop',
  'reason',
];
const FLIP = new Set(FEELING_NOT_RISK);
/** Words that end a negation's scope inside a sentence. */
const SCOPE_END = new Set([',', 'but', 'and', 'so', 'because', 'though', 'although', 'yet']);

/** Per word of a sentence: is it inside a denial's scope ("i'm not a burden": a, burden)? */
function negationScopes(sentence: string[]): boolean[] {
  const negated: boolean[] = [];
  let inScope = false;
  for (let i = 0; i < sentence.length; i += 1) {
    const word = sentence[i]!;
    if (SCOPE_END.has(word)) inScope = false;
    negated.push(inScope);
    if (!isNegator(word) || INABLE.has(word)) continue;
    const next = sentence[i + 1] ?? '';
    const after = sentence.slice(i + 1, i + 5);
    const hedge =
      HEDGE.has(next) ||
      ((next === 'know' || next === 'idea') && QUESTION.has(sentence[i + 2] ?? '')) ||
      after.some((w) => FLIP.has(w));
    inScope = !hedge;
  }
  return negated;
}

type ConceptIndex = Map<string, { words: string[]; concept: string }[]>;
const conceptIndexes = new WeakMap<Record<string, string[]>, ConceptIndex>();

/** Phrases grouped by first word, built once per concept table. */
function conceptIndex(concepts: Record<string, string[]>): ConceptIndex {
  let index = conceptIndexes.get(concepts);
  if (index) return index;
  index = new Map();
  for (const [concept, phrases] of Object.entries(concepts)) {
    for (const phrase of phrases) {
      const words = wordsOf(phrase).flat();
      if (words.length === 0) continue;
      const list = index.get(words[0]!) ?? [];
      list.push({ words, concept });
      index.set(words[0]!, list);
    }
  }
  conceptIndexes.set(concepts, index);
  return index;
}

/** Canonical words, one array per sentence; numbers by shape ("40 tablets" is "0 tablets"). */
function wordsOf(canonical: string): string[][] {
  const sentences: string[][] = [[]];
  for (const match of canonical.matchAll(TOKEN)) {
    const token = match[0];
    if (token === ',') sentences[sentences.length - 1]!.push(',');
    else if (!/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(token)) sentences.push([]);
    else {
      const word = token.replace(/\p{N}+/gu, '0').replace(/^'+|'+$/g, '');
      if (word !== '') sentences[sentences.length - 1]!.push(word);
    }
  }
  return sentences.filter((words) => words.length > 0);
}

function addConcepts(
  sentence: string[],
  index: ConceptIndex,
  found: Set<string>,
  negated: boolean[] | null,
) {
  for (let i = 0; i < sentence.length; i += 1) {
    for (const entry of index.get(sentence[i]!) ?? []) {
      if (!entry.words.every((word, k) => sentence[i + k] === word)) continue;
      found.add(negated?.[i] ? `!${entry.concept}` : entry.concept);
    }
  }
}

/** The distinct features of a message, in a fixed order of first appearance. */
export function featuresOf(text: string, options: CrisisFeatureOptions): string[] {
  const sentences = wordsOf(canonicalize(normalizeForMatching(text)).text);
  const features = new Set<string>();
  const [charMin, charMax] = options.chars;
  const concepts = new Set<string>();
  const index = options.concepts ? conceptIndex(options.concepts) : null;
  for (const sentence of sentences) {
    const scopes = options.negationScope ? negationScopes(sentence) : null;
    if (index) addConcepts(sentence, index, concepts, scopes);
    let previous: string | null = null;
    let negatedFor = 0;
    for (const [at, plain] of sentence.entries()) {
      // A comma ends a negation's reach but not a bigram's.
      if (plain === ',') {
        negatedFor = 0;
        continue;
      }
      const word = scopes?.[at] ? `!${plain}` : plain;
      features.add(`w:${word}`);
      if (options.words > 1 && previous !== null) features.add(`b:${previous} ${word}`);
      if (options.negation && negatedFor > 0) {
        features.add(`!${word}`);
        negatedFor -= 1;
      }
      if (isNegator(plain)) negatedFor = 3;
      if (charMax > 0) {
        const padded = `<${plain}>`;
        for (let n = charMin; n <= charMax; n += 1) {
          for (let i = 0; i + n <= padded.length; i += 1)
            features.add(`c:${padded.slice(i, i + n)}`);
        }
      }
      previous = word;
    }
  }
  // A class both denied and affirmed in one message ("not a burden... but I am one") is affirmed.
  const found = [...concepts].filter((c) => !c.startsWith('!') || !concepts.has(c.slice(1)));
  found.sort();
  for (const concept of found) features.add(`k:${concept}`);
  if (options.conceptPairs) {
    for (let a = 0; a < found.length; a += 1) {
      for (let b = a + 1; b < found.length; b += 1) {
        if (!found[a]!.startsWith('!') && !found[b]!.startsWith('!'))
          features.add(`k:${found[a]}+${found[b]}`);
      }
    }
  }
  return [...features];
}

/** Indices of the known features; each carries the value 1/sqrt(count), an L2-normalised row. */
export function knownFeatures(features: string[], index: ReadonlyMap<string, number>): number[] {
  const known: number[] = [];
  for (const feature of features) {
    const i = index.get(feature);
    if (i !== undefined) known.push(i);
  }
  return known;
}

/** Softmax over three logits, in place-safe form. */
export function softmax3(logits: [number, number, number]): [number, number, number] {
  const top = Math.max(...logits);
  const e = logits.map((z) => Math.exp(z - top)) as [number, number, number];
  const sum = e[0] + e[1] + e[2];
  return [e[0] / sum, e[1] / sum, e[2] / sum];
}

/**
 * The word classes that name a risk idea. A short message (under SHORT_FEATURES known features)
 * with none of them, or only denied ones, is not raised by the classifier however its words weigh:
 * "thanks" ends many goodbye messages, and a bag of one or two words gives those weights their
 * full strength. Longer messages carry enough words to be judged on their own.
 */
export const RISK_IDEAS = [
  'death',
  'means',
  'harm',
  'ingested',
  'hopeless',
  'wish',
  'burden',
  'goodbye',
];
const RISK_FEATURES = new Set(RISK_IDEAS.map((idea) => `k:${idea}`));

export const SHORT_FEATURES = 4;

/** Whether the classifier may judge: enough words, or a risk idea named (or no classes set). */
export function mayJudge(
  features: string[],
  known: number,
  options: CrisisFeatureOptions,
): boolean {
  return (
    !options.concepts ||
    known >= SHORT_FEATURES ||
    features.some((feature) => RISK_FEATURES.has(feature))
  );
}

/** What a message the classifier may not judge scores: certainly none. */
export const NO_RISK_IDEA: [number, number, number] = [1, 0, 0];

export interface CrisisClassifier {
  score(text: string): CrisisModelScore;
}

/** Builds the scorer once: a feature index and a flat weight table, 3 weights per feature. */
export function loadCrisisClassifier(file: CrisisClassifierFile): CrisisClassifier {
  const index = new Map<string, number>();
  const weights = new Float32Array(file.rows.length * 3);
  file.rows.forEach(([feature, none, elevated, severe], i) => {
    index.set(feature, i);
    weights.set([none * file.scale, elevated * file.scale, severe * file.scale], i * 3);
  });
  return {
    score(text) {
      const features = featuresOf(text, file.features);
      const known = knownFeatures(features, index);
      if (!mayJudge(features, known.length, file.features)) {
        return { severe: 0, elevated: 0, level: 'none' };
      }
      const value = known.length > 0 ? 1 / Math.sqrt(known.length) : 0;
      const logits: [number, number, number] = [...file.bias];
      for (const i of known) {
        for (let c = 0; c < 3; c += 1) logits[c]! += weights[i * 3 + c]! * value;
      }
      const [, elevated, severe] = softmax3(logits);
      const atRisk = elevated + severe;
      const level =
        severe >= file.thresholds.severe
          ? 'severe'
          : atRisk >= file.thresholds.elevated
            ? 'elevated'
            : 'none';
      return { severe, elevated: atRisk, level };
    },
  };
}
