/**
 * One message from the person, start to finish. The crisis check and the conversation-level
 * judgement come first: a message that needs the safety reply gets it at once, written by us, and
 * no other reply. Otherwise the message is read on the device, fused, logged (labels and scores),
 * and answered token by token.
 */
import type { MicroIntervention, Turn } from '../../../core/conversation/types';
import type { Emotion } from '../../../core/emotions';
import type { Baseline, FusedReading, ModalityReading } from '../../../core/fusion/types';
import { analyzeText } from '../../../core/text/analyze';
import { higherLevel } from '../../../core/text/encoder/heads';
import type { TextReading } from '../../../workers/text/reading';
import { addChatEmotionLog, addChatMessage } from './chat-store';
import {
  followingMessage,
  judgeConversation,
  safetyReply,
  type ConversationRisk,
  type CrisisLevel,
  type CrisisResult,
  type Fusion,
  type JudgedTurn,
  type Region,
} from './parts';
import { getReply, type FinalReply, type ServerReply } from './reply-stream';
import { messageModalityReading } from './message-reading';
import { emotionLogRow, moodOf, shows, type SafetyShown } from './turn-records';

/** What the page remembers of the open session between messages. */
export interface ConversationMemory {
  sessionId: string;
  startedAt: number;
  /** The person's usual levels, from their past sessions. */
  baseline: Baseline;
  /** The conversation so far; the person's turns carry their crisis check. */
  turns: JudgedTurn[];
  offered: MicroIntervention[];
  fusion: Fusion;
  fused: FusedReading | null;
  /** The last message's reading: the next one keeps the stress it said while it is recent. */
  lastMessage?: ModalityReading;
  /** What the safety panel shows for the rest of the session. */
  safety: SafetyShown;
}

export interface SendDeps {
  memory: ConversationMemory;
  region: Region | null;
  online: boolean;
  checkCrisis(text: string): Promise<CrisisResult>;
  /** The text worker's reading; undefined when the worker could not answer. */
  analyse(text: string): Promise<TextReading | undefined>;
  fromServer?: ServerReply;
  /** Level and reason code only, never the words. */
  recordSafetyEvent(event: { level: CrisisLevel; reason: string }): Promise<void>;
  onSafety(shown: SafetyShown): void;
  onFused(fused: FusedReading): void;
  onToken(token: string): void;
  onRestart(): void;
  /** The reply is stored under `messageId`; `note` is the quiet line under it. */
  onReplied(messageId: string, reply: FinalReply): void;
  /** The text worker failed on this message: its modality is off until it answers again. */
  onTextWorkerFailed(): void;
  /**
   * Whether the person lets their words be read for feelings (Settings). Off, the message is not
   * analysed, fused or logged; the crisis check above runs whatever this says.
   */
  readsFeelings?: boolean;
  signal?: AbortSignal;
  tokenDelayMs?: number;
}

export async function sendMessage(text: string, deps: SendDeps): Promise<void> {
  const { memory } = deps;
  const at = Date.now();
  const turn: JudgedTurn = {
    sender: 'user',
    content: text,
    at,
    crisis: await deps.checkCrisis(text),
  };
  memory.turns.push(turn);
  const risk = judgeRisk(deps);

  if (risk.respond === 'safety') {
    await replyWithSafety(risk, text, null, deps);
    // The state strip still learns from the message, after the help is on screen.
    const reading = await readAndLog(text, at, deps);
    if (raiseFromEncoder(turn, reading)) judgeRisk(deps);
    return;
  }

  const reading = await readAndLog(text, at, deps);
  // The sentence encoder (in the text worker) read more than the rules: the safety reply answers.
  if (raiseFromEncoder(turn, reading)) {
    const raised = judgeRisk(deps);
    if (raised.respond === 'safety') {
      await replyWithSafety(raised, text, reading?.emotion?.emotion ?? null, deps);
      return;
    }
  }
  await addChatMessage(memory.sessionId, userMessage(text, reading?.emotion?.emotion ?? null));
  const asked = performance.now();
  const history: Turn[] = memory.turns.map(({ sender, content, at: when }) => ({
    sender,
    content,
    at: when,
  }));
  const reply = await getReply(
    { history, mood: moodOf(memory.fused), offered: [...memory.offered] },
    {
      online: deps.online,
      sessionId: memory.sessionId,
      onToken: deps.onToken,
      onRestart: deps.onRestart,
      fromServer: deps.fromServer,
      signal: deps.signal,
      tokenDelayMs: deps.tokenDelayMs,
    },
  );
  const elapsed = Math.round(performance.now() - asked);
  const id = await addChatMessage(
    memory.sessionId,
    aiMessage(reply.text, reply.suggestion, elapsed),
  );
  memory.turns.push({ sender: 'ai', content: reply.text, at: Date.now() });
  if (reply.suggestion) memory.offered.push(reply.suggestion);
  if (reply.source === 'safety' && reply.risk && reply.risk !== 'none') {
    // The server's check saw risk the device did not: its help stays up the same way.
    const crisis =
      reply.risk === 'severe'
        ? 'severe'
        : memory.safety.crisis === 'severe'
          ? 'severe'
          : 'elevated';
    memory.safety = { ...memory.safety, crisis };
    deps.onSafety(memory.safety);
  }
  deps.onReplied(id, reply);
}

/** Judges the conversation so far and shows what stays visible. */
function judgeRisk(deps: SendDeps): ConversationRisk {
  const { memory } = deps;
  const risk = judgeConversation(memory.turns);
  memory.safety = risk.keepVisible;
  if (shows(risk.keepVisible)) deps.onSafety(risk.keepVisible);
  return risk;
}

/** Our own safety reply, stored with the message; no other reply follows it. */
async function replyWithSafety(
  risk: ConversationRisk,
  text: string,
  emotion: Emotion | null,
  deps: SendDeps,
): Promise<void> {
  const { memory } = deps;
  const said = memory.turns.flatMap((turn) => (turn.sender === 'ai' ? [turn.content] : []));
  const reply = safetyReply(risk, deps.region, said);
  await deps.recordSafetyEvent({ level: risk.level, reason: risk.reason });
  await addChatMessage(memory.sessionId, userMessage(text, emotion));
  const id = await addChatMessage(memory.sessionId, aiMessage(reply.text, null, 0));
  memory.turns.push({ sender: 'ai', content: reply.text, at: Date.now() });
  deps.onReplied(id, { text: reply.text, source: 'safety', suggestion: null, note: null });
}

/**
 * The text worker's crisis level, when its sentence encoder raised it above the rules' check: the
 * person's turn takes it (level and reasons), so the conversation is judged on it. Never lowers.
 */
function raiseFromEncoder(turn: JudgedTurn, reading: TextReading | undefined): boolean {
  if (turn.sender !== 'user' || !reading) return false;
  if (higherLevel(turn.crisis.level, reading.crisis.level) === turn.crisis.level) return false;
  turn.crisis = { ...turn.crisis, level: reading.crisis.level, reasons: reading.crisis.reasons };
  return true;
}

/** Reads the message (the worker, or the rules on the page when the worker failed), fuses, logs. */
async function readAndLog(
  text: string,
  at: number,
  deps: SendDeps,
): Promise<TextReading | undefined> {
  const { memory } = deps;
  if (deps.readsFeelings === false) return undefined;
  const reading = await deps.analyse(text);
  if (!reading) deps.onTextWorkerFailed();
  const analysis = reading ?? analyzeText(text);
  const textReading = followingMessage(
    messageModalityReading(text, reading, at),
    memory.lastMessage,
  );
  memory.lastMessage = textReading;
  const now = Date.now();
  memory.fused = memory.fusion.update({
    readings: { text: textReading },
    baseline: memory.baseline,
    now,
    sessionStartedAt: memory.startedAt,
  });
  deps.onFused(memory.fused);
  await addChatEmotionLog(memory.sessionId, emotionLogRow(memory.fused, reading, now, analysis));
  return reading;
}

const userMessage = (content: string, emotion: Emotion | null) => ({
  sender: 'user' as const,
  content,
  emotion_label: emotion,
  response_time_ms: null,
  suggestion: null,
});

const aiMessage = (content: string, suggestion: MicroIntervention | null, ms: number) => ({
  sender: 'ai' as const,
  content,
  emotion_label: null,
  response_time_ms: ms,
  suggestion,
});
