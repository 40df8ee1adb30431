import { scoreSentiment } from '../text/sentiment';
import { combine, Parts, type Part } from './compose';
import { readIntent } from './intent';
import { ASK, ASK_EVOKE, ASK_TOPIC, DOUBT } from './library/ask';
import { INTERVENTIONS } from './library/interventions';
import {
  ABOUT_COMPANION,
  DECLINE,
  GOODBYE,
  GREET,
  MINIMAL,
  MINIMAL_ASK,
  QUESTION_OPEN,
  THANKS,
} from './library/moments';
import { HIDDEN_GAP_NEWS, HIDDEN_GAP_SIGN, NEWS, RECALL } from './library/support';
import { readSession, type SessionMemory } from './memory';
import { seededRandom } from '../random';
import { seedFrom } from './pick';
import { shareParts } from './share';
import { isSoft, slotsFor } from './slots';
import { chooseSuggestion, fittingInterventions } from './suggest';
import { chooseTone, type Tone } from './tone';
import type { ConversationContext, MicroIntervention, Reply } from './types';

/** A stressed or low person gets short replies: about two short sentences and a question. */
const SOFT_MAX_CHARS = 100;

interface Plan {
  parts: Part[];
  suggestion: MicroIntervention | null;
}

/**
 * The built-in responder: reflective listening in the person's words, an open question, and now
 * and then one fitting micro-intervention. Deterministic: the same session gets the same reply.
 */
export function respond(context: ConversationContext): Reply {
  const memory = readSession(context.history);
  const valence = scoreSentiment(memory.latest).valence;
  const tone = chooseTone(context.mood, memory.mentions.feelings, valence);
  const random = seededRandom(seedFrom(context.history.map((turn) => turn.content)));
  const parts = new Parts(slotsFor(memory, tone), memory.said, random);
  const plan = planReply(context, memory, tone, valence, parts);
  const earlier = context.history.filter((t) => t.sender === 'ai').map((t) => t.content);
  const budget = isSoft(tone) && !plan.suggestion ? SOFT_MAX_CHARS : Infinity;
  const text = combine(plan.parts, earlier, budget);
  return { text, suggestion: plan.suggestion, source: 'builtin' };
}

function planReply(
  context: ConversationContext,
  memory: SessionMemory,
  tone: Tone,
  valence: number,
  parts: Parts,
): Plan {
  const register = isSoft(tone) ? 'soft' : 'warm';
  const { intent, asked } = readIntent(memory.latest, memory.lastOffer !== null);
  const plain = (...list: Part[]): Plan => ({ parts: list, suggestion: null });
  const task = parts.with({ topic: parts.slots.task });
  // Said with their task when there is one ("one small piece of the deadline"), else without.
  const withTask = (templates: readonly string[]): Part =>
    task.preferring(
      templates.filter((t) => t.includes('{topic}')),
      templates.filter((t) => !t.includes('{topic}')),
    );
  const guide = (kind: MicroIntervention): Part => withTask(INTERVENTIONS[kind].guide);

  if (asked) return { parts: [guide(asked)], suggestion: asked };
  switch (intent) {
    case 'accept':
      return plain(guide(memory.lastOffer!));
    case 'decline':
      return plain(parts.from(DECLINE), parts.from(ASK[register]));
    case 'greeting':
      return plain(parts.from(memory.userTurns > 1 ? GREET.again : GREET[register]));
    case 'aboutCompanion':
      return plain(parts.from(ABOUT_COMPANION.open), parts.from(ABOUT_COMPANION.ask));
    case 'doubt':
      return plain(parts.from(DOUBT.open), parts.from(DOUBT.ask));
    case 'thanks':
      return plain(parts.from(THANKS.open), parts.from(THANKS.ask));
    case 'goodbye':
      return plain(parts.from(GOODBYE.open), parts.from(GOODBYE.recap));
    case 'empty':
    case 'minimal':
      return plain(parts.from(MINIMAL[register]), parts.preferring(RECALL.open, MINIMAL_ASK));
    default:
      break;
  }

  const fits = fittingInterventions(memory.latest, memory.mentions, tone);
  const suggestion = chooseSuggestion(fits, {
    tone,
    toldTurns: memory.toldTurns,
    askedForHelp: intent === 'question',
    sinceLast: memory.sinceSuggestion,
    offered: context.offered,
  });
  const offer = suggestion ? withTask(INTERVENTIONS[suggestion][register]) : null;

  if (intent === 'question') {
    const close = offer ?? parts.from(ASK_EVOKE, ASK_TOPIC.warm);
    return { parts: [parts.from(QUESTION_OPEN), close], suggestion };
  }
  const distress = memory.mentions.feelings.some((feeling) => feeling.family !== 'happy');
  if (/\b(?:my|it'?s my) birthday\b/i.test(memory.latest) && valence >= 0 && !distress) {
    return plain(parts.from(NEWS.birthday), parts.from(NEWS.birthdayAsk));
  }
  if (memory.mentions.achievement && valence >= 0) {
    return newsPlan(context, memory, parts);
  }
  if (memory.mentions.achievement && parts.slots.feeling) {
    return plain(parts.from(NEWS.mixed), parts.from(ASK[register]));
  }
  return { parts: shareParts(context, memory, tone, parts, offer, valence), suggestion };
}

/** Good news: celebrate in their words, affirm the effort, ask about it; name a gap if there is one. */
function newsPlan(context: ConversationContext, memory: SessionMemory, parts: Parts): Plan {
  const open = parts.from(NEWS.open);
  if (context.mood?.hiddenStress && !HIDDEN_GAP_SIGN.test(memory.said)) {
    return { parts: [open, parts.from(HIDDEN_GAP_NEWS)], suggestion: null };
  }
  return { parts: [open, parts.from(NEWS.affirm), parts.from(NEWS.ask)], suggestion: null };
}
