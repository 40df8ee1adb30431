/**
 * Plans and means said plainly, in words that are ordinary on their own ("I've got a full bottle
 * of paracetamol", "I know where I'd do it", "there's a bridge near my flat"). A message alone
 * does not make them risk: after hopeless messages in the same conversation, they do. The
 * conversation judge (conversation.ts) reads them; detectCrisis already rates the plain ones
 * ("I have the pills ready") severe by itself.
 */
import { normalizeForMatching } from '../normalize';
import { matchPhrase, oneOf, phrase } from '../phrases';
import { ANIMALS, STUDIES } from './subjects';

const MEANS = oneOf([
  'pills',
  'meds',
  'medication',
  'tablets',
  'paracetamol',
  'tylenol',
  'painkillers',
  'sleeping pills',
  'oxy',
  'insulin',
  'rope',
  'a gun',
  'guns',
  'razors?',
  'razor ?blades?',
  'blades?',
  'a knife',
  'knives',
]);

const GOT = oneOf([
  'got',
  'have',
  'had',
  'bought',
  'saved',
  'saved up',
  'been saving',
  'been keeping',
  'kept',
  'stockpiled',
  'collected',
  'hoarded',
  'found',
]);
const AMOUNT = oneOf([
  'a (?:full |whole |big |new )?(?:bottle|box|pack|packet|stash) of ',
  'some ',
  'enough ',
  'the ',
  'all (?:my|the|of my) ',
  'my ',
  'a lot of ',
  'loads of ',
]);
const I_WOULD = "(?:i(?:'d| would|'ll| will)|to)";
/** "a plan for the weekend" is a plan; "a plan", "a plan for tonight" may not be. */
const PLANNED_FOR = oneOf([
  'the',
  'next',
  'my',
  'our',
  'a',
  'dinner',
  'lunch',
  'work',
  'school',
  'uni',
  'christmas',
]);
const PLANNED_TO = oneOf([
  'go',
  'meet',
  'study',
  'revise',
  'get',
  'finish',
  'fix',
  'save',
  'see',
  'visit',
  'call',
  'talk',
  'apply',
  'start',
  'move',
  'travel',
]);
const GOING_TO_LOOK = oneOf([
  'looking at',
  'going to',
  'standing on',
  'standing at',
  'visiting',
  'thinking about',
]);
const HIGH_PLACE = oneOf([
  'bridge',
  'cliff',
  'tracks',
  'train tracks',
  'roof',
  'rooftop',
  'ledge',
  'edge',
]);

const PLAN_OR_MEANS = [
  phrase(`i(?:'?ve| have)? ${GOT} (?:up )?${AMOUNT}?${MEANS}`),
  phrase(
    `(?:there'?s|there is) (?:a |my (?:\\w+'s )?|our )?(?:gun|rope) (?:in|at|under) (?:the|my|our)`,
  ),
  phrase(
    `i know (?:how|where|when|exactly how|exactly where) (?:i(?:'d| would|'ll| will| could| can)|to) do it`,
  ),
  phrase(
    `i'?ve (?:thought|worked|figured|planned) (?:out |about )?(?:how|where|when) ${I_WOULD} (?:do it|end it|go)`,
  ),
  phrase(
    `i'?ve (?:been )?(?:looking|looked|reading|read) (?:up )?(?:how to|ways to|methods|how much|how many)`,
  ),
  phrase(
    `(?:i have|i'?ve got|i made|i'?ve made) a plan(?! (?:for ${PLANNED_FOR}|to ${PLANNED_TO}|with))`,
  ),
  phrase(`i'?ve (?:written|wrote|been writing) (?:a |the |my )?(?:note|letters?|goodbye)`),
  phrase(
    `how (?:many|much) ${MEANS} (?:would it take|does it take|is enough|are enough|would be enough)`,
  ),
  phrase(`(?:been )?${GOING_TO_LOOK} (?:the|a|that) ${HIGH_PLACE}`),
  phrase(
    `(?:the|a) (?:bridge|cliff|train tracks|railway) (?:near|by|close to|next to) (?:my|our|the|where)`,
  ),
];

/** What a method word is about when it is not about the person: a pet, a course, the news. */
const ELSEWHERE = new RegExp(`\\b${oneOf([...ANIMALS, ...STUDIES])}\\b`);

/** True when a message names a plan or means, read as such only in a hopeless conversation. */
export function mentionsPlanOrMeans(text: string): boolean {
  const normalized = normalizeForMatching(text);
  if (ELSEWHERE.test(normalized)) return false;
  return PLAN_OR_MEANS.some((pattern) => matchPhrase(pattern, normalized).length > 0);
}

/** detectCrisis reasons that already name a plan, a means or a method. */
export const PLAN_REASONS: ReadonlySet<string> = new Set([
  'has means or a plan',
  'has set a date',
  'at a place to jump',
  'asking about a method',
  'intends to jump or overdose',
  'putting affairs in order',
  'giving possessions away',
]);
