/**
 * The one door to the conversation logic of core/conversation/ (the responder's part of issue 8):
 * the built-in responder, the LLM system prompt, the history as chat messages, and the chunker that
 * streams a reply. Until core/conversation/ exports them, small stand-ins live here; switching is
 * replacing these bodies with re-exports.
 */
import type {
  ConversationContext,
  MicroIntervention,
  Reply,
  Turn,
} from '../../../core/conversation/types';

/** The built-in responder: reflects the person's own words and asks one open question. */
export function respond(context: ConversationContext): Reply {
  const latest = context.history.at(-1)?.content.trim() ?? '';
  const echo = latest.replace(/[.!?\s]+$/, '').slice(0, 120);
  const stressed = (context.mood?.stress ?? 0) >= 60;
  const suggestion: MicroIntervention | null =
    stressed && !context.offered.includes('box_breathing') ? 'box_breathing' : null;
  const opening = echo
    ? `You said ${inSecondPerson(echo)}. I am listening.`
    : 'I am here and listening.';
  const question = stressed
    ? 'What feels heaviest about it right now?'
    : 'What would you like to say more about?';
  const offer = suggestion
    ? ' If it helps, we could try a slow breath together: in for four, hold for four, out for four.'
    : '';
  return { text: `${opening} ${question}${offer}`, suggestion, source: 'builtin' };
}

/** The LLM's instructions, from the fused state: softer and shorter when stressed. */
export function buildSystemPrompt(context: ConversationContext): string {
  const mood = context.mood;
  const tone =
    mood && mood.stress >= 60
      ? 'The person seems stressed: be slow, soft, brief and validating.'
      : 'Be warm and encouraging.';
  const state = mood
    ? `Their current state from on-device readings: ${mood.emotion}, stress ${Math.round(mood.stress)}/100${mood.hiddenStress ? ', possibly more stressed than they show' : ''}.`
    : 'No emotion reading is available.';
  return [
    'You are RIVION, a supportive wellness companion. You are not a therapist.',
    state,
    tone,
    'Never diagnose, never give medication or dosing advice, never describe means of self-harm.',
    'Offer at most one concrete micro-intervention (box breathing, 5-4-3-2-1 grounding, splitting a task, a short walk, reaching out to someone), and only when it fits.',
    'Reply in at most four sentences.',
  ].join('\n');
}

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** The session so far as chat messages, after the system prompt. */
export function historyToMessages(context: ConversationContext): ChatMessage[] {
  const turns: ChatMessage[] = context.history.map((turn: Turn) => ({
    role: turn.sender === 'user' ? 'user' : 'assistant',
    content: turn.content,
  }));
  return [{ role: 'system', content: buildSystemPrompt(context) }, ...turns];
}

/** Splits a finished reply into the pieces the stream sends: word by word, spaces kept. */
export function chunkReply(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

const SECOND_PERSON: Record<string, string> = {
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  am: 'are',
  "i'm": "you're",
  myself: 'yourself',
};

function inSecondPerson(text: string): string {
  return text.replace(/[\p{L}']+/gu, (word) => SECOND_PERSON[word.toLowerCase()] ?? word);
}

const SUGGESTION_WORDS: [MicroIntervention, RegExp][] = [
  ['box_breathing', /\bbreath(?:e|ing)?\b/i],
  ['grounding_54321', /\b5-4-3-2-1\b|\bground(?:ing)?\b/i],
  [
    'split_task',
    /\b(?:split|break) (?:it|the task|the work|things) (?:up|down|into)\b|\bsmall(?:er)? steps?\b/i,
  ],
  ['short_walk', /\b(?:short|quick|little) walk\b|\bwalk around\b/i],
  ['reach_out', /\breach(?:ing)? out\b|\btalk to (?:a friend|someone)\b/i],
];

/** The micro-intervention an LLM reply offers, if any, so feedback can be asked about it. */
export function suggestionIn(text: string): MicroIntervention | null {
  return SUGGESTION_WORDS.find(([, pattern]) => pattern.test(text))?.[0] ?? null;
}
