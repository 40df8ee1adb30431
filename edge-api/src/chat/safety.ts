/**
 * The one door to the safety net (core/text/crisis/, the convsafety part of issue 8): how risky the
 * conversation is, the reply we write ourselves when it is, and the screen an LLM reply passes
 * before anyone sees it. Until conversation-level judgement, regional resources and reply
 * screening land in core, the stand-ins here use detectCrisis and a short list of patterns.
 */
import type { ConversationContext, Reply } from '../../../core/conversation/types';
import { CRISIS_RESOURCES, detectCrisis, type CrisisLevel } from '../../../core/text/crisis';

/** The person's latest message, judged on the server before any reply is written. */
export function judgeConversation(context: ConversationContext): CrisisLevel {
  const latest = context.history.at(-1);
  return latest?.sender === 'user' ? detectCrisis(latest.content).level : 'none';
}

/** Our own words for a risky message: warmth, a direct question, and the region's lines. */
export function safetyReply(level: Exclude<CrisisLevel, 'none'>, region: string | null): Reply {
  const opening =
    level === 'severe'
      ? "I'm really glad you told me, and I'm taking what you said seriously."
      : 'That sounds really heavy, and I want to check in with you.';
  const question = 'Are you having thoughts of ending your life, or are you safe right now?';
  const text = [opening, question, ...resourceSentences(region)].join(' ');
  return { text, suggestion: null, source: 'safety' };
}

function resourceSentences(region: string | null): string[] {
  const sentences: string[] = [];
  if (region === 'US' || region === 'CA') {
    sentences.push('You can call or text 988 at any time, free.');
    if (region === 'US') sentences.push('You can also text HOME to 741741.');
  } else if (region === 'GB' || region === 'IE') {
    sentences.push('You can call Samaritans on 116 123 at any time, free.');
  } else {
    sentences.push('findahelpline.com lists free, confidential helplines where you are.');
  }
  sentences.push(CRISIS_RESOURCES.emergency);
  return sentences;
}

export interface Screening {
  allowed: boolean;
  /** A stable code for the counter; never the text. */
  reason: 'diagnosis' | 'medication' | 'method' | null;
}

const REFUSED: { reason: NonNullable<Screening['reason']>; pattern: RegExp }[] = [
  {
    reason: 'medication',
    pattern:
      /\b\d+(?:\.\d+)?\s?(?:mg|milligrams?|mcg|ml|pills?|tablets?|capsules?)\b|\b(?:dose|dosage|doses)\b|\b(?:take|try|increase|double|stop taking)\s+(?:some\s+|more\s+|your\s+)?(?:sertraline|fluoxetine|citalopram|escitalopram|paroxetine|venlafaxine|bupropion|xanax|alprazolam|diazepam|valium|lorazepam|ativan|melatonin|ibuprofen|paracetamol|acetaminophen|benzodiazepines?|antidepressants?|sleeping pills?)\b/i,
  },
  {
    reason: 'diagnosis',
    pattern:
      /\byou(?:'ve| have| probably have| might have| clearly have|'re| are)\s+(?:got\s+)?(?:clinical depression|major depressive disorder|bipolar|ptsd|ocd|adhd|an? (?:anxiety|personality|eating) disorder|borderline|schizophrenia)\b/i,
  },
  {
    reason: 'method',
    pattern:
      /\b(?:lethal|fatal|overdose)\b.{0,40}\b(?:dose|amount|pills?|mg)\b|\bhow (?:many|much)\b.{0,30}\b(?:to die|to overdose|would kill)\b/i,
  },
];

/** Whether a reply written by the LLM may be shown. */
export function screenReply(text: string): Screening {
  for (const { reason, pattern } of REFUSED) {
    if (pattern.test(text)) return { allowed: false, reason };
  }
  return { allowed: true, reason: null };
}
