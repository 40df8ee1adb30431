/**
 * Writes one reply as a stream of events: the safety reply when the conversation is risky, else
 * the LLM's reply when the server has one and the person turned it on, else (or when the LLM fails,
 * stalls or is refused by the screen) the built-in responder's. Nothing is stored here: the page
 * stores the message and the reply once the `done` event arrives, so a stream cut short leaves
 * nothing half-written anywhere.
 */
import type {
  ConversationContext,
  MicroIntervention,
  Reply,
} from '../../../core/conversation/types';
import type { CrisisLevel } from '../../../core/text/crisis';
import { count, type ReplyCounters } from './counters';
import { LlmUnavailable, type LlmClient } from './llm';
import { chunkReply, historyToMessages, respond, suggestionIn } from './responder';
import { judgeConversation, safetyReply, screenReply } from './safety';
import { createSentenceGate } from './sentences';

export const REPLY_NOTES = {
  llm_not_configured: 'RIVION wrote this reply itself; no AI model is set up on this server.',
  llm_off: 'RIVION wrote this reply itself; the AI model is off in your settings.',
  llm_unavailable: "The AI model didn't answer in time, so RIVION wrote this reply itself.",
  llm_reply_screened: "RIVION wrote this reply itself in place of the AI model's.",
} as const;
export type NoteCode = keyof typeof REPLY_NOTES;

export interface FinalReply {
  text: string;
  source: Reply['source'];
  suggestion: MicroIntervention | null;
  risk: CrisisLevel;
  note: { code: NoteCode; message: string } | null;
}

export type ReplyEvent =
  | { event: 'token'; data: { text: string } }
  | { event: 'reset'; data: Record<string, never> }
  | { event: 'done'; data: FinalReply };

export interface ReplyJob {
  context: ConversationContext;
  region: string | null;
  /** The server's LLM, or null when none is configured. */
  llm: LlmClient | null;
  /** The person turned the LLM on in their settings. */
  llmEnabled: boolean;
  counters: ReplyCounters;
  /** Aborted when the person goes away mid-stream. */
  signal: AbortSignal;
  now: () => number;
  send: (event: ReplyEvent) => Promise<void>;
}

/** A sentence the screen refused; the reply is replaced (with ours, for method talk). */
class Refused extends Error {
  constructor(readonly replacement: Reply | null) {
    super('refused by the screen');
  }
}

export async function writeReply(job: ReplyJob): Promise<void> {
  const judged = judgeConversation(job.context);
  const risk = judged.level;
  if (judged.respond === 'safety') {
    await sendWhole(job, safetyReply(judged, job.region, job.context), risk, null);
    return;
  }
  const { llm } = job;
  if (!llm) return sendWhole(job, respond(job.context), risk, 'llm_not_configured');
  if (!job.llmEnabled) return sendWhole(job, respond(job.context), risk, 'llm_off');
  if (!llm.ready(job.now())) {
    count(job.counters.fallbacks, 'rate_limited');
    return sendWhole(job, respond(job.context), risk, 'llm_unavailable');
  }

  let shown = '';
  let note: NoteCode;
  try {
    const text = await streamScreened(job, llm, (sentence) => {
      shown += sentence;
      return job.send({ event: 'token', data: { text: sentence } });
    });
    await job.send({
      event: 'done',
      data: { text, source: 'llm', suggestion: suggestionIn(text), risk, note: null },
    });
    return;
  } catch (error) {
    if (job.signal.aborted) return;
    if (error instanceof Refused) {
      note = 'llm_reply_screened';
      // Method talk gets our words and the crisis lines, not a cheerful built-in reply.
      if (error.replacement) {
        if (shown) await job.send({ event: 'reset', data: {} });
        return sendWhole(job, error.replacement, risk, note);
      }
    } else if (error instanceof LlmUnavailable) {
      count(job.counters.fallbacks, error.reason);
      note = 'llm_unavailable';
    } else throw error;
  }
  if (shown) await job.send({ event: 'reset', data: {} });
  await sendWhole(job, respond(job.context), risk, note);
}

/** Streams the LLM's reply sentence by sentence, each released only after the screen passed it. */
async function streamScreened(
  job: ReplyJob,
  llm: LlmClient,
  release: (sentence: string) => Promise<void>,
): Promise<string> {
  const gate = createSentenceGate();
  let text = '';
  const pass = async (sentence: string) => {
    const screening = screenReply(sentence, job.region);
    if (!screening.allowed) {
      count(job.counters.screened, screening.reason!);
      throw new Refused(screening.reason === 'method' ? screening.replacement : null);
    }
    text += sentence;
    await release(sentence);
  };
  const tokens = llm.stream(historyToMessages(job.context), job.signal);
  try {
    let step = await tokens.next();
    while (!step.done) {
      for (const sentence of gate.push(step.value)) await pass(sentence);
      step = await tokens.next();
    }
    // A reply cut at the token limit (or by a filter) ends mid-sentence: that part is left out.
    if (step.value === 'stop' && gate.rest().trim()) await pass(gate.rest());
    else if (!text) throw new LlmUnavailable(step.value === 'stop' ? 'empty' : 'cut_short');
  } finally {
    // Stops the upstream when a sentence was refused: nobody will read the rest.
    await tokens.return('stop');
  }
  if (!text.trim()) throw new LlmUnavailable('empty');
  // Sentences pass one by one; a whole reply can still add up to advice ("Take sertraline." "50 mg.").
  const whole = screenReply(text, job.region);
  if (!whole.allowed) {
    count(job.counters.screened, whole.reason!);
    throw new Refused(whole.reason === 'method' ? whole.replacement : null);
  }
  return text.trim();
}

async function sendWhole(
  job: ReplyJob,
  reply: Reply,
  risk: CrisisLevel,
  note: NoteCode | null,
): Promise<void> {
  for (const piece of chunkReply(reply.text)) {
    if (job.signal.aborted) return;
    await job.send({ event: 'token', data: { text: piece } });
  }
  await job.send({
    event: 'done',
    data: {
      text: reply.text,
      source: reply.source,
      suggestion: reply.suggestion,
      risk,
      note: note && { code: note, message: REPLY_NOTES[note] },
    },
  });
}
