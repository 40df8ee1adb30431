/**
 * The replies we write ourselves for risk, never an LLM: what to say must not depend on a model
 * that can be wrong, slow or off. Severe: warmth, a direct question about safety, the region's
 * lines and emergency number. Elevated: support and the direct question. Danger from someone
 * else: its own lines and the emergency number. Each part has several wordings, chosen so the
 * same one is not said twice in a session; the resources are in every one.
 */
import type { Reply } from '../../conversation/types';
import type { ConversationRisk } from './conversation';
import { dangerResourcesFor } from './danger-resources';
import { DIRECT_QUESTIONS } from './direct-question';
import type { Region } from './regions';
import { crisisResourcesFor, emergencyCall, type CrisisLine } from './resources';

const WARMTH = [
  "I'm really glad you told me. What you're carrying sounds incredibly painful, and you don't have to carry it alone.",
  "Thank you for trusting me with this. I'm here with you, and I care about what happens to you.",
  "I hear how much pain you're in right now, and I'm so glad you reached out.",
];
const SAFETY_QUESTION = [
  'Are you safe right now?',
  'Are you thinking about acting on these thoughts right now?',
  'Can you tell me if you are safe at this moment?',
];
const ANSWERED_YES = [
  "Thank you for telling me honestly. That took courage, and I'm glad you said it.",
  "I'm really glad you told me. Those thoughts are a sign of how much you're hurting, not a failing.",
];
const ANSWERED_UNSURE = [
  "It's okay not to be sure. Not knowing can be part of feeling this overwhelmed, and it still matters.",
  'Thank you for being honest. Even a maybe is worth taking seriously, because you matter.',
];
const SUPPORT = [
  "It sounds like things have been really heavy, and I want to make sure I understand how you're doing.",
  "I'm here and I'm listening. When things feel this hard, I like to ask plainly.",
  "That sounds exhausting to live with. I'd like to check in with you directly.",
];
const ANSWERED_NO = [
  "Thank you for telling me. I'm glad, and I'm still here to listen to whatever is weighing on you.",
  "I appreciate you answering that. Whatever you're going through still matters, and I'm here.",
];
const NOT_SAFE = [
  "Thank you for telling me. Your safety matters more than anything right now, and you don't have to handle this alone.",
  "I'm really glad you told me. Let's get you some help right now.",
];
const NOT_SAFE_STEP = [
  'If you can, move away from anything you could use to hurt yourself, or go where other people are.',
  'If you can, get to a safer place or stay with someone you trust while you reach out.',
];
const SAYS_SAFE = [
  "I'm glad you're safe right now. I'm still here, and we can keep talking about whatever is on your mind.",
  "Thank you for letting me know. I'm here for as long as you want to talk.",
];
const SOMEONE_ELSE = [
  "It sounds like you're worried about someone you care about. That's a lot to hold.",
  'It means a lot that you want to help them, and it can be frightening to hear something like that.',
];
const DANGER = [
  'What you describe sounds frightening, and you deserve to be safe. It is not your fault.',
  "I'm so sorry this is happening to you. Nobody has the right to hurt or threaten you.",
];
const DANGER_QUESTION = [
  'Are you somewhere safe right now?',
  'Is it safe for you to talk right now?',
];

/** One line as a sentence: "988 Suicide & Crisis Lifeline: call or text 988, any time, free." */
function lineSentence(line: CrisisLine): string {
  const how = line.how.includes(line.contact)
    ? line.how
    : `${line.how.replace(/\.$/, '')} (${line.contact}).`;
  return `${line.name}: ${how}`;
}

/** The first wording not already said in this session; the least recent one when all were. */
function pick(options: readonly string[], said: readonly string[]): string {
  const fresh = options.find((option) => !said.some((text) => text.includes(option)));
  if (fresh) return fresh;
  const lastUse = (option: string) => {
    for (let i = said.length - 1; i >= 0; i -= 1) if (said[i]!.includes(option)) return i;
    return -1;
  };
  return [...options].sort((a, b) => lastUse(a) - lastUse(b))[0]!;
}

function crisisCopy(region: Region | null): string[] {
  const copy = crisisResourcesFor(region);
  return [...copy.lines.map(lineSentence), copy.emergency];
}

function dangerCopy(region: Region | null): string[] {
  const copy = dangerResourcesFor(region);
  return [copy.emergency, ...copy.lines.map(lineSentence)];
}

/**
 * Our reply to a risky moment (call it when `risk.respond` is 'safety'). `said` is what the
 * companion already said in this session, so a wording is not repeated.
 */
export function safetyReply(
  risk: ConversationRisk,
  region: Region | null,
  said: readonly string[] = [],
): Reply {
  const parts: string[] = [];
  const danger = risk.danger.length > 0;
  if (risk.reason === 'says-not-safe') {
    parts.push(pick(NOT_SAFE, said), pick(NOT_SAFE_STEP, said));
    // Not safe where someone has hurt them: the emergency number and their line come first.
    if (risk.keepVisible.danger) parts.push(...dangerCopy(region));
    parts.push('Please reach out now:', ...crisisCopy(region));
  } else if (risk.level === 'severe') {
    const opening =
      risk.reason === 'answered-yes'
        ? ANSWERED_YES
        : risk.reason === 'answered-unsure'
          ? ANSWERED_UNSURE
          : WARMTH;
    parts.push(pick(opening, said), pick(SAFETY_QUESTION, said), 'Please reach out now:');
    parts.push(...crisisCopy(region));
    if (danger) parts.push(...dangerCopy(region).slice(1));
  } else if (danger) {
    parts.push(pick(DANGER, said), pick(DANGER_QUESTION, said), ...dangerCopy(region));
  } else if (risk.reason === 'answered-no' || risk.reason === 'says-safe') {
    const opening = risk.reason === 'answered-no' ? ANSWERED_NO : SAYS_SAFE;
    parts.push(pick(opening, said), 'If that ever changes, you can reach someone any time:');
    parts.push(...crisisCopy(region).slice(0, -1));
  } else if (risk.reason === 'someone-else') {
    parts.push(pick(SOMEONE_ELSE, said));
    parts.push('These lines help people who are worried about someone else, too:');
    parts.push(...crisisCopy(region).slice(0, -1));
    parts.push(`If they are in danger right now, ${emergencyCall(region)}.`);
  } else {
    parts.push(pick(SUPPORT, said));
    if (risk.askDirectly) parts.push(pick(DIRECT_QUESTIONS, said));
    parts.push('Whatever the answer, you can talk to someone any time:');
    parts.push(...crisisCopy(region));
  }
  return { text: parts.join(' '), suggestion: null, source: 'safety' };
}
