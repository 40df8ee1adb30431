import { canonicalize, originalRange } from './canon';
import { pastAndResolved, predicatedOfAThing, resolutionEnd } from './context';
import { clauseAround, settledSentences } from './denial';
import { findFinality } from './finality';
import { LOOK_ALIKE_SOURCES } from './look-alikes';
import { CRISIS_RULES, type CrisisLevel, type CrisisRule } from './rules';
import classifierFile from '../../../models/safety/crisis-classifier.json';
import { loadCrisisClassifier, type CrisisClassifierFile } from './model';
import { IDIOMS } from '../idioms';
import { negatedBefore } from '../negation';
import { normalizeForMatching } from '../normalize';
import { anyOf, maskPhrases, matchPhrase, oneOf, phrase, type PhraseMatch } from '../phrases';
import { spanOf, type TextSpan } from '../span';
import { sentenceAround } from '../tokenize';

export type { CrisisLevel } from './rules';

export interface CrisisResult {
  level: CrisisLevel;
  reasons: string[];
  spans: TextSpan[];
  /** The learned classifier's view: p(severe) and p(elevated or severe). */
  model: { severe: number; elevated: number };
}

// Imported statically: the weights ship in the same bundle as the rules and load with them.
const classifier = loadCrisisClassifier(classifierFile as unknown as CrisisClassifierFile);

const IDIOM_PATTERNS = IDIOMS.map((idiom) => idiom.pattern);
/** Wordings the rules refuse inside their patterns (look-alikes.ts), compiled once. */
const LOOK_ALIKES = LOOK_ALIKE_SOURCES.map(phrase);

const RANK: Record<CrisisLevel, number> = { none: 0, elevated: 1, severe: 2 };

/** "I won't do it tonight" denies only for now: still elevated. */
const ONLY_FOR_NOW =
  /^\W*(?:[\p{L}']+\W+){0,3}?(?:yet|tonight|today|right now|for now|this time|at least|anyway)(?![\p{L}])/u;
const TOLD_TO = /(?:told|tell|tells|telling|said|says) (?:me|u|you) to (?:go )?(?:just )?$/;
const HISTORY = new RegExp(
  anyOf([
    'used to',
    'years? ago',
    'months? ago',
    'when i was',
    'as a (?:teen|teenager|kid|child)',
    'in the past',
    'back in',
    'last year',
    'in (?:high|secondary) school',
    '(?:19|20)\\d\\d',
    'at \\d{1,2}\\b',
    'aged? \\d{1,2}\\b',
    'when i was \\d',
  ]),
);
const FICTION = new RegExp(
  `\\b${oneOf([
    'movie',
    'film',
    'show',
    'series',
    'episode',
    'book',
    'novel',
    'character',
    'song',
    'lyrics',
    'game',
    'documentary',
    'news',
    'article',
    'podcast',
    'anime',
    'manga',
    'season',
    'play',
    'story',
    'celebrity',
  ])}\\b`,
);
const URGE_BEFORE = new RegExp(
  `${oneOf([
    'want',
    'wanna',
    'wanted',
    'urges?',
    'tempted',
    'itching',
    'need',
    'needing',
    'feel like',
    'thinking (?:about|of)',
    'think about',
    'craving',
    'resist(?:ing)?',
  ])}(?: to)?(?: \\S+){0,2} ?$`,
);
const INTENT_BEFORE =
  /(?:going to|gonna|about to|will|i'll|plan to|planning to|decided to)(?: \S+){0,1} ?$/;
const NOW = new RegExp(
  `\\b${oneOf([
    'now',
    'right now',
    'just',
    'tonight',
    'today',
    'this morning',
    'this evening',
    'minutes? ago',
    'an hour ago',
    'hours ago',
    'last night',
    'currently',
    'at the moment',
    'bleeding',
    'blood',
  ])}\\b`,
);
const ACCIDENT =
  /by accident|accidentally|shaving|cooking|chopping|on the (?:oven|stove|pan|iron|kettle)/;
const FIRST = new Set([
  'i',
  "i'm",
  'im',
  "i've",
  'ive',
  "i'd",
  "i'll",
  'me',
  'we',
  "we're",
  'you',
  'u',
  "you're",
  'ur',
]);
const THIRD = new Set(
  `he she they he's she's they're theyre shes hes him her them friend bestie bff brother sister
  bro sis mom mum mother dad father son daughter roommate flatmate housemate girlfriend boyfriend
  gf bf partner wife husband she'd he'd they'd she'll he'll they'll cousin colleague coworker
  classmate someone somebody people kid child
  aunt uncle grandma grandpa student patient neighbour neighbor teammate guy girl man woman`.split(
    /\s+/,
  ),
);

/** Who the nearest subject before the phrase is; no subject at all reads as the writer ("want to die"). */
function subjectBefore(normalized: string, index: number): 'first' | 'third' {
  const { start } = sentenceAround(normalized, index);
  const words = normalized.slice(Math.max(start, index - 80), index).match(/[\p{L}']+/gu) ?? [];
  for (let i = words.length - 1; i >= Math.max(0, words.length - 8); i -= 1) {
    // "my girlfriend's been talking": the subject is the person, not the possessive.
    const word = words[i]!.replace(/'s$/, '');
    if (FIRST.has(word)) return 'first';
    if (THIRD.has(word)) return 'third';
  }
  return 'first';
}

/** The clause before `index` within its sentence: "ugh, this traffic is " before "hopeless". */
function clauseBefore(text: string, sentenceStart: number, index: number): string {
  const before = text.slice(Math.max(sentenceStart, index - 80), index);
  return before.slice(before.search(/[^,;:]*$/));
}

interface Judgement {
  level: CrisisLevel;
  reason: string;
}

/**
 * A phrase the rules found and deliberately judged harmless: a plain denial, a resolved past,
 * hopeless about a thing, an ordinary reading (`unless`), fiction or news.
 */
const EXPLAINED_AWAY: Judgement = { level: 'none', reason: 'explained away' };
/** Told as over and resolved: explained away together with the resolution that follows. */
const RESOLVED_PAST: Judgement = { level: 'none', reason: 'resolved past' };
/** Plainly denied: only its own clause is settled ("I don't want to die, I just want it to stop"). */
const DENIED: Judgement = { level: 'none', reason: 'denied' };

function judgeSelfHarm(before: string, sentence: string): Judgement | null {
  if (ACCIDENT.test(sentence)) return null;
  if (URGE_BEFORE.test(before)) return { level: 'elevated', reason: 'self-harm urge' };
  if (INTENT_BEFORE.test(before)) return { level: 'severe', reason: 'intends to self-harm' };
  if (NOW.test(sentence) && !HISTORY.test(sentence))
    return { level: 'severe', reason: 'self-harm now' };
  return { level: 'elevated', reason: 'self-harm' };
}

function judgeHit(
  rule: CrisisRule,
  text: string,
  match: PhraseMatch,
  ownVoice: boolean,
): Judgement | null {
  const range = sentenceAround(text, match.start);
  const sentence = text.slice(range.start, range.end);
  const before = text.slice(Math.max(range.start, match.start - 40), match.start);
  if (rule.unless?.test(sentence)) return EXPLAINED_AWAY;
  if (rule.aboutLife && predicatedOfAThing(clauseBefore(text, range.start, match.start))) {
    return EXPLAINED_AWAY;
  }
  if (
    rule.resolvable &&
    pastAndResolved(before, sentence, text.slice(match.start, match.start + 240))
  )
    return RESOLVED_PAST;
  if (!rule.fixedNegation && negatedBefore(text, match.start)) {
    return ONLY_FOR_NOW.test(text.slice(match.end, match.end + 40))
      ? { level: 'elevated', reason: `${rule.reason} (denied only for now)` }
      : DENIED;
  }
  if (TOLD_TO.test(before)) return { level: 'elevated', reason: 'told to harm themselves' };
  const aboutOther =
    rule.thirdPerson ||
    (rule.checkSubject && !ownVoice && subjectBefore(text, match.start) === 'third');
  if (aboutOther) {
    return FICTION.test(sentence)
      ? EXPLAINED_AWAY
      : { level: 'elevated', reason: 'someone else is at risk' };
  }
  if (rule.selfHarm) return judgeSelfHarm(before, sentence);
  if (rule.level === 'severe' && HISTORY.test(sentence)) {
    return { level: 'elevated', reason: `${rule.reason} (in the past)` };
  }
  return { level: rule.level, reason: rule.reason };
}

/**
 * One span per stretch of text: where rules overlap ("Everyone would be better off without me"
 * and "better off without me"), the earlier rule's span stands. Sorted by start.
 */
function firstOfEachOverlap(spans: TextSpan[]): TextSpan[] {
  const ordered = spans.map((span, order) => ({ span, order }));
  ordered.sort((a, b) => a.span.start - b.span.start);
  const kept: { span: TextSpan; order: number; end: number }[] = [];
  for (const item of ordered) {
    const last = kept[kept.length - 1];
    if (last && item.span.start < last.end) {
      last.end = Math.max(last.end, item.span.end);
      if (item.order < last.order) Object.assign(last, { span: item.span, order: item.order });
      continue;
    }
    kept.push({ ...item, end: item.span.end });
  }
  return kept.map((item) => item.span);
}

/**
 * The rules' crisis level alone: severe (suicidal intent, plan or means, self-harm now, goodbyes),
 * elevated (passive death wishes, hopelessness, self-harm urges or history, reports about
 * someone else) or none. Idioms ("this deadline is killing me") are blanked out first; a denied
 * phrase ("I would never hurt myself") counts as none unless denied only for now ("not tonight").
 * Recall on severe comes first: a missed severe message is the worst error this product can make.
 */
export function detectRulesCrisis(text: string): Omit<CrisisResult, 'model'> {
  return judgeByRules(text).result;
}

interface RulesJudgement {
  result: Omit<CrisisResult, 'model'>;
  /** Sentences or clauses (ranges in `text`) the rules settled, with no standing hit beside them. */
  explainedAway: { start: number; end: number }[];
}

function judgeByRules(text: string): RulesJudgement {
  const canonical = canonicalize(normalizeForMatching(text));
  const masked = maskPhrases(canonical.text, IDIOM_PATTERNS);
  const ownVoice = /asking for a friend/.test(masked);
  let level: CrisisLevel = 'none';
  const reasons = new Set<string>();
  const spans: TextSpan[] = [];
  // A Set, not spans.some(): a long message repeating one phrase would make that quadratic.
  const seen = new Set<string>();
  // Settled stretches of `masked`, by start; each is dropped if its sentence has a standing hit.
  const explained = new Map<number, { start: number; end: number }>();
  const flagged = new Set<number>();
  for (const rule of CRISIS_RULES) {
    if (rule.requires && !rule.requires.test(masked)) continue;
    for (const match of matchPhrase(rule.pattern, masked)) {
      const judgement = judgeHit(rule, masked, match, ownVoice);
      if (!judgement) continue;
      const sentence = sentenceAround(masked, match.start);
      if (judgement === DENIED) {
        // The negator must stand in the hit's own clause: "the pain never stops and I can't cope".
        const clause = clauseAround(masked, sentence, match.start);
        if (negatedBefore(masked.slice(clause.start, match.end), match.start - clause.start)) {
          explained.set(clause.start, clause);
        }
        continue;
      }
      if (judgement === EXPLAINED_AWAY || judgement === RESOLVED_PAST) {
        // "I felt like a burden. Counselling really helped": the resolution goes with the hit.
        const after = masked.slice(match.start, match.start + 240);
        const resolved = judgement === RESOLVED_PAST ? resolutionEnd(after) : -1;
        const end =
          resolved < 0 ? sentence.end : sentenceAround(masked, match.start + resolved - 1).end;
        explained.set(sentence.start, { start: sentence.start, end: Math.max(sentence.end, end) });
        continue;
      }
      flagged.add(sentence.start);
      if (judgement.level === 'none') continue;
      if (RANK[judgement.level] > RANK[level]) level = judgement.level;
      reasons.add(judgement.reason);
      const key = `${match.start}:${match.end}`;
      if (!seen.has(key)) {
        seen.add(key);
        const range = originalRange(canonical, match.start, match.end);
        spans.push(spanOf(text, range.start, range.end));
      }
    }
  }
  const finality = findFinality(masked);
  if (finality.final) {
    level = 'severe';
    reasons.add('goodbye message');
    for (const match of finality.matches) {
      const key = `${match.start}:${match.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const range = originalRange(canonical, match.start, match.end);
      spans.push(spanOf(text, range.start, range.end));
    }
  }
  // Denials and ordinary absences the patterns rejected without firing ("I'm not a burden").
  for (const range of settledSentences(masked)) {
    if (!explained.has(range.start)) explained.set(range.start, range);
  }
  const settled = [...explained.values()].filter(
    (range) => !flagged.has(sentenceAround(masked, range.start).start),
  );
  // A look-alike says nothing of risk wherever it stands: the classifier never reads it ("the
  // burden of proof", "I'm a hopeless speller"), while the rest of its sentence is read.
  for (const pattern of LOOK_ALIKES) settled.push(...matchPhrase(pattern, masked));
  return {
    result: { level, reasons: [...reasons], spans: firstOfEachOverlap(spans) },
    explainedAway: settled.map((range) => originalRange(canonical, range.start, range.end)),
  };
}

/** The message without the given ranges (the sentences the rules explained away). */
function without(text: string, ranges: { start: number; end: number }[]): string {
  let rest = '';
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    rest += `${text.slice(at, Math.max(at, range.start))} `;
    at = Math.max(at, range.end);
  }
  return rest + text.slice(at);
}

/**
 * Crisis level of a message: the rules (above), raised — never lowered — by the learned
 * classifier (model.ts), which catches wordings no rule names ("Stockpiled my oxy for
 * weeks. It's enough."). The rules' reasons and spans stay; a classifier hit adds a reason.
 * Sentences the rules settled — explained away ("I felt like a burden. Counselling helped"),
 * plainly denied ("I'm not a burden"), an ordinary absence ("when I'm gone for the weekend") —
 * and the look-alikes the rules refuse ("the burden of proof", look-alikes.ts) are left out of
 * what the classifier reads, so it does not re-raise them; the rest is still read.
 */
export function detectCrisis(text: string): CrisisResult {
  const { rules, classifierText } = readCrisis(text);
  const score = classifier.score(classifierText);
  const model = { severe: round(score.severe), elevated: round(score.elevated) };
  if (RANK[score.level] <= RANK[rules.level]) return { ...rules, model };
  const p = score.level === 'severe' ? score.severe : score.elevated;
  const support = score.level === 'severe' ? 'crisis' : 'some';
  const reason = `reads like messages that needed ${support} support (p ${p.toFixed(2)})`;
  return { ...rules, level: score.level, reasons: [...rules.reasons, reason], model };
}

/**
 * The rules' result and what the classifier reads: the message without the sentences the rules
 * settled (explained away, plainly denied, an ordinary absence, a look-alike). Cross-validation scores the same
 * text, so its numbers are those of detectCrisis.
 */
export function readCrisis(text: string): {
  rules: Omit<CrisisResult, 'model'>;
  classifierText: string;
} {
  const { result, explainedAway } = judgeByRules(text);
  return {
    rules: result,
    classifierText: explainedAway.length ? without(text, explainedAway) : text,
  };
}

const round = (p: number) => Math.round(p * 1000) / 1000;
