/**
 * The direct question crisis counsellors are trained to ask ("Are you having thoughts of ending
 * your life?"): asking it plainly does not put the idea in anyone's head, and the answer tells
 * the companion what to do next. Here: whether a companion turn asked it, and how the person's
 * next message answered it.
 */
import { normalizeForMatching } from '../normalize';
import { oneOf } from '../phrases';

/** The wordings our safety replies ask with (safety-reply.ts); each is recognised below. */
export const DIRECT_QUESTIONS = [
  'Are you having thoughts of ending your life?',
  'Are you thinking about suicide?',
  'Sometimes when people feel this way, they think about killing themselves. Is that something you are thinking about?',
  'Have you been having thoughts of suicide?',
] as const;

const ENDING_LIFE = oneOf([
  'suicide',
  'ending (?:your|their) (?:own )?(?:life|lives)',
  'killing (?:yourself|themselves)',
  'taking (?:your|their) (?:own )?(?:life|lives)',
]);
const ABOUT_SUICIDE = new RegExp(
  oneOf([
    `thoughts? (?:of|about) ${ENDING_LIFE}`,
    `thinking (?:about|of) ${ENDING_LIFE}`,
    '(?:are|do) you (?:feel(?:ing)? )?suicidal',
    '(?:do|have) you (?:want(?:ed)?|wish(?:ed)?) to (?:die|be dead|end your life)',
    'want(?:ing)? to (?:end|take) your (?:own )?life',
    `think(?:s|ing)? about ${ENDING_LIFE}`,
    'acting on (?:these|those|the|your|them|that) ?(?:thoughts)?',
  ]),
);
/** "Are you safe right now?": a yes here is good news, a no the most urgent answer there is. */
const ABOUT_SAFETY = new RegExp(
  oneOf([
    'are you (?:somewhere )?safe',
    'is it safe for you',
    'if you are safe',
    'do you feel safe',
    'are you in (?:any )?danger',
  ]),
);
/** A question that points back at the sentence before it: "... Is that something you feel?" */
const POINTS_BACK = /\b(?:is that|is this|are those|does that|do you)\b/;

/** True when a companion turn asks the person, as a question, whether they think of suicide. */
export function asksDirectly(companionText: string): boolean {
  return asks(companionText, ABOUT_SUICIDE);
}

/** True when a companion turn asks whether the person is safe right now. */
export function asksAboutSafety(companionText: string): boolean {
  return asks(companionText, ABOUT_SAFETY);
}

function asks(companionText: string, about: RegExp): boolean {
  const text = normalizeForMatching(companionText);
  // A question must ask it: the words in a question, or a question pointing back at them.
  const sentences = text.split(/(?<=[.!?])\s+/).map((sentence) => sentence.trim());
  return sentences.some(
    (sentence, i) =>
      sentence.endsWith('?') &&
      (about.test(sentence) ||
        (i > 0 && POINTS_BACK.test(sentence) && about.test(sentences[i - 1]!))),
  );
}

export type DirectAnswer = 'yes' | 'unsure' | 'no';

/** How a message opens, for an answer: "yes", "kind of", "no, not like that". */
const YES = oneOf([
  'yes',
  'yeah',
  'yea',
  'yep',
  'yup',
  'ya',
  'yes i am',
  'i am',
  "i'?m having them",
  'i have',
  'i do',
  'i think so',
  'i think i am',
  'sometimes',
  'often',
  'a lot',
  'all the time',
  'every day',
  'everyday',
  'constantly',
  'kind of',
  'kinda',
  'sort of',
  'sorta',
  'a little',
  'a bit',
  'at times',
  'on and off',
  'lately',
  'occasionally',
  'honestly,? yes',
  "more than i(?: would| want to|'d) admit",
]);
const UNSURE = oneOf([
  'maybe',
  'perhaps',
  'possibly',
  'i guess',
  "i (?:don'?t|do not) know",
  'idk',
  'dunno',
  "(?:i'?m )?not sure",
  "(?:i'?m )?unsure",
  "i can(?:no|')?t (?:say|tell)",
  'hard to say',
]);
const NO = oneOf([
  'no',
  'nope',
  'nah',
  'never',
  'not really',
  'not at all',
  'not like that',
  'god no',
  'no way',
  'of course not',
  "i'?m not",
  'i am not',
  "i (?:wouldn'?t|would never|won'?t|don'?t|haven'?t)",
]);
/** The opening words, then the end of the message or a break before anything else. */
const opening = (words: string) => new RegExp(`^\\W*(?:${words})(?=$|[\\s.,!?;:—–-])`);
const OPENS_YES = opening(YES);
const OPENS_UNSURE = opening(UNSURE);
const OPENS_NO = opening(NO);

/**
 * The answer a message gives to the direct question, read from how it opens: yes, unsure or
 * no; null when it does not answer (the person talks about something else). "I don't know" and
 * "maybe" count for more than no: counsellors hear them as a possible yes.
 */
export function readDirectAnswer(message: string): DirectAnswer | null {
  const text = normalizeForMatching(message).trim();
  // Checked in this order: "not sure" opens like a no, "i'm not" like a yes-word.
  if (OPENS_UNSURE.test(text)) return 'unsure';
  if (OPENS_NO.test(text)) return 'no';
  if (OPENS_YES.test(text)) return 'yes';
  return null;
}
