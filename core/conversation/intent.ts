import { normalizeForMatching } from '../text/normalize';
import { phrase } from '../text/phrases';
import type { MicroIntervention } from './types';

/** What kind of message it is, which decides the shape of the reply before its words. */
export type Intent =
  | 'empty'
  | 'greeting'
  | 'thanks'
  | 'goodbye'
  | 'accept'
  | 'decline'
  | 'minimal'
  | 'question'
  | 'aboutCompanion'
  | 'doubt'
  | 'share';

export interface ReadIntent {
  intent: Intent;
  /** A micro-intervention the person asked for by name ("can we do some breathing?"). */
  asked: MicroIntervention | null;
}

const test = (pattern: RegExp, text: string): boolean => text.search(pattern) !== -1;

const GREETING =
  /^(?:hi|hii+|hello|hey|heya|hiya|yo|good (?:morning|afternoon|evening)|morning|evening)\b/;
const THANKS = phrase(
  "thanks|thank you|thank u|thx|ty|cheers|that helped|that's helpful|that was helpful|appreciate it",
);
const GOODBYE = phrase(
  "bye|goodbye|good night|goodnight|night night|see you|see ya|talk later|talk tomorrow|gotta go|got to go|have to go|i'm off|signing off",
);
const ACCEPT =
  /^(?:yes|yeah|yea|yep|yup|sure|ok|okay|k|alright|all right|fine|let'?s (?:try|do) (?:it|that)|go on|go ahead|why not|i'?ll try|sounds good|ok let'?s try|yes please|please)\b/;
const DECLINE =
  /^(?:no|nah|nope|not really|not now|no thanks|no thank you|maybe later|i'?d rather not|rather not|i don'?t want to)\b/;
const MINIMAL =
  /^(?:idk|i dunno|dunno|i don'?t know|not sure|i'?m not sure|no idea|ok|okay|k|yeah|yes|yep|no|nah|meh|hmm+|mm+|eh|fine|i'?m fine|whatever|nothing|nothing really|same|not much|so so|so-so|i guess|maybe|lol|haha)$/;
const QUESTION = phrase(
  'what (?:should|can|do) i|what would you|what do you (?:think|suggest|recommend)|any (?:advice|tips|ideas)|how (?:do|can|should) i|can you help|could you help|help me|should i|is it normal|is that normal|what now|where do i (?:start|begin)',
);

const DOUBT = phrase(
  "am i (?:overreacting|over-?reacting|being (?:silly|dramatic|stupid|unreasonable|too sensitive)|wrong|crazy|mad|weird)|do you think i'?m (?:overreacting|being|wrong|crazy)|is it (?:bad|wrong|weird|silly|stupid|normal) (?:that|to|if)",
);
const ABOUT_COMPANION = phrase(
  'how are you|how r u|how about you|and you|are you (?:a )?(?:real|human|person|bot|robot|ai|therapist)|who are you|what are you|are you there',
);

const ASKED: [MicroIntervention, RegExp][] = [
  ['box_breathing', phrase('breathing|breathe|breath|box breath\\w*')],
  ['grounding_54321', phrase('grounding|ground me|5-4-3-2-1|54321|five senses')],
  ['split_task', phrase('split (?:it|the task|this)|break it down|break (?:it|this) (?:up|down)')],
  ['short_walk', phrase('(?:go for )?a walk|walking')],
  ['reach_out', phrase('reach out|talk to someone|who (?:should|could) i (?:talk|text|call)')],
];
const ASKING = phrase(
  "can we|could we|can you|could you|let'?s|help me|i want to|i'd like to|i need|guide me|walk me through|show me|try|do some|do the",
);

/** Reads the latest message; `afterOffer` when the companion's last reply offered something. */
export function readIntent(text: string, afterOffer: boolean): ReadIntent {
  const normalized = normalizeForMatching(text).trim();
  const bare = normalized.replace(/[.!?,…\s]+$/u, '').replace(/\s+/g, ' ');
  const words = bare.match(/[\p{L}\p{N}']+/gu) ?? [];
  const asking = test(ASKING, normalized);
  const asked = asking
    ? (ASKED.find(([, pattern]) => test(pattern, normalized))?.[0] ?? null)
    : null;
  if (asked) return { intent: 'question', asked };
  if (words.length === 0) return { intent: 'empty', asked: null };
  if (afterOffer && words.length <= 5 && ACCEPT.test(bare)) return { intent: 'accept', asked };
  if (afterOffer && words.length <= 6 && DECLINE.test(bare)) return { intent: 'decline', asked };
  if (/^no,? thanks?(?: you)?$/.test(bare)) return { intent: 'decline', asked };
  if (GREETING.test(bare) && words.length <= 4) return { intent: 'greeting', asked };
  if (words.length <= 8 && test(GOODBYE, normalized)) return { intent: 'goodbye', asked };
  if (words.length <= 8 && test(THANKS, normalized)) return { intent: 'thanks', asked };
  if (MINIMAL.test(bare)) return { intent: 'minimal', asked };
  if (words.length <= 8 && test(ABOUT_COMPANION, normalized)) {
    return { intent: 'aboutCompanion', asked };
  }
  if (test(DOUBT, normalized)) return { intent: 'doubt', asked };
  if (test(QUESTION, normalized)) return { intent: 'question', asked };
  return { intent: 'share', asked };
}
