/**
 * The chat page's state: the open session and its messages (from the local store), the fused state
 * strip, the reply being streamed, the safety panel that stays up, and ending with a summary.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FusedReading } from '../../../core/fusion/types';
import { checkCrisis } from '../perception/crisis-check';
import { useTextWorker } from '../perception/useTextWorker';
import { db } from '../store/db';
import { recordSafetyEvent } from '../store/safety-events';
import { useCrisisRegion } from '../safety/region';
import {
  startChatSession,
  useOpenSession,
  useSessionMessages,
  type ChatMessage,
} from './chat-store';
import { endConversation, type Ended } from './end-session';
import { createFusion, type Fusion, type Region } from './parts';
import { rebuildMemory } from './rebuild-memory';
import { serverReply } from './server-reply';
import { useOnline } from './use-online';
import type { FinalReply } from './reply-stream';
import type { ConversationMemory } from './send-message';
import { NOTHING_SHOWN, type SafetyShown } from './turn-records';
import { readModalityPreferences } from '../settings/modalities';

export interface ChatState {
  /** undefined while the local store is read; null when no session is open. */
  session: { id: string; startedAt: number } | null | undefined;
  messages: ChatMessage[];
  /** The person's message while it is read, before it is stored. */
  pending: string | null;
  /** The reply as it streams in; null when none is under way. */
  streaming: string | null;
  /** Replies of this visit by message id: their notes and suggestions. */
  replies: ReadonlyMap<string, FinalReply>;
  fused: FusedReading | null;
  safety: SafetyShown;
  /** Whose helplines to show: the person's setting, else the browser's languages. */
  region: Region | null;
  /** Plain sentences about modalities that are off, e.g. the text worker failed. */
  modalityNotices: string[];
  online: boolean;
  busy: boolean;
  /** A sentence when the last message could not be sent. */
  problem: string | null;
  ended: Ended | null;
  start(): Promise<void>;
  send(text: string): Promise<void>;
  end(): Promise<void>;
  closeSummary(): void;
}

/**
 * Sending reads the words (core/text/analyze, which runs the crisis detector) and writes the reply
 * (core/conversation): a few hundred kB parsed only once a session opens, not with the page.
 */
const loadSending = () => import('./send-message');

export interface ChatOptions {
  /**
   * The session's fusion when the page has more than words to fuse (the call: face and voice
   * too); without it each message is fused alone.
   */
  fusion?: { sessionId: string; fusion: Fusion } | null;
}

export function useChat({ fusion: made = null }: ChatOptions = {}): ChatState {
  const open = useOpenSession();
  const messages = useSessionMessages(open?.id) ?? [];
  const text = useTextWorker();
  const online = useOnline();
  const region = useCrisisRegion();
  const memory = useRef<ConversationMemory | null>(null);
  const [fused, setFused] = useState<FusedReading | null>(null);
  const [safety, setSafety] = useState<SafetyShown>(NOTHING_SHOWN);
  const [pending, setPending] = useState<string | null>(null);
  const [streaming, setStreaming] = useState<string | null>(null);
  const [replies, setReplies] = useState<ReadonlyMap<string, FinalReply>>(new Map());
  const [textFailed, setTextFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [ended, setEnded] = useState<Ended | null>(null);
  const { prepare } = text;
  const fusion = made && made.sessionId === open?.id ? made.fusion : null;

  useEffect(() => {
    if (!open) return;
    prepare();
    // Fetched ahead of the first message; a failure here is retried by send().
    void loadSending().catch(() => undefined);
    // Only when a session opens: prepare() itself is a new function each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open?.id]);

  const send = useCallback(
    async (content: string) => {
      if (!open || busy) return;
      setBusy(true);
      setProblem(null);
      setPending(content);
      try {
        if (
          memory.current?.sessionId !== open.id ||
          (fusion !== null && memory.current.fusion !== fusion)
        ) {
          memory.current = await rebuildMemory(db, open, fusion ?? createFusion());
          setSafety(memory.current.safety);
        }
        const { sendMessage } = await loadSending();
        await sendMessage(content, {
          memory: memory.current,
          region,
          online: navigator.onLine,
          checkCrisis,
          analyse: async (message) => (await text.analyse(message)).reading,
          readsFeelings: readModalityPreferences().textAnalysis,
          recordSafetyEvent: async ({ level, reason }) => {
            // Danger from someone else comes with level 'none'; the table keeps it as elevated.
            await recordSafetyEvent({
              level: level === 'severe' ? 'severe' : 'elevated',
              reason,
              source: 'chat',
            });
          },
          fromServer: serverReply(region),
          onSafety: setSafety,
          onFused: setFused,
          onToken: (token) => {
            setPending(null);
            setStreaming((shown) => (shown ?? '') + token);
          },
          onRestart: () => setStreaming(''),
          onReplied: (id, reply) => {
            setPending(null);
            setReplies((known) => new Map(known).set(id, reply));
            setStreaming(null);
          },
          onTextWorkerFailed: () => setTextFailed(true),
        });
      } catch (error) {
        console.error('A message could not be sent', error);
        setProblem(
          'That message could not be saved on this device, so it was not sent. Please try again.',
        );
      } finally {
        setPending(null);
        setStreaming(null);
        setBusy(false);
      }
    },
    [open, busy, text, region, fusion],
  );

  const start = useCallback(async () => {
    setEnded(null);
    setFused(null);
    setSafety(NOTHING_SHOWN);
    memory.current = null;
    await startChatSession();
  }, []);

  const end = useCallback(async () => {
    if (!open) return;
    setEnded(await endConversation(db, open));
    memory.current = null;
    setFused(null);
    setSafety(NOTHING_SHOWN);
  }, [open]);

  const modalityNotices = [
    ...(text.status?.state === 'off' || textFailed
      ? [
          'Reading emotion from your words is off on this device right now; the conversation and its safety checks carry on.',
        ]
      : []),
  ];

  return {
    session:
      open === undefined
        ? undefined
        : open && { id: open.id, startedAt: Date.parse(open.started_at) },
    messages,
    pending,
    streaming,
    replies,
    fused,
    safety,
    region,
    modalityNotices,
    online,
    busy,
    problem,
    ended,
    start,
    send,
    end,
    closeSummary: () => setEnded(null),
  };
}
