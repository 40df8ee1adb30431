/**
 * The companion's reply from the server (POST /api/chat/reply, streamed): the page's context put
 * into the route's request (labels and scores only, never a face or a voice), and its final event
 * turned into what the page stores and shows.
 */
import type { ConversationContext } from '../../../core/conversation/types';
import { postChatReply } from '../sync/authorized-fetch';
import { HISTORY_MAX_TURNS } from './parts';
import { streamReply } from './reply-client';
import type { FinalReply, ServerReply } from './reply-stream';

export function serverReply(region: string | null): ServerReply {
  return async (context, sessionId, handlers, signal) => {
    const final = await streamReply(
      postChatReply,
      replyRequest(context, sessionId, region),
      handlers,
      signal ?? new AbortController().signal,
    );
    return {
      text: final.text,
      source: final.source,
      suggestion: final.suggestion,
      note: final.note?.message ?? null,
      risk: final.risk,
    } satisfies FinalReply;
  };
}

/** The route's body: the latest message apart, the turns before it (the newest that fit). */
export function replyRequest(
  context: ConversationContext,
  sessionId: string,
  region: string | null,
) {
  const history = context.history.filter((turn) => turn.content.trim() !== '');
  const latest = history.at(-1);
  if (!latest || latest.sender !== 'user') throw new Error('A reply needs the person’s message.');
  const { mood } = context;
  return {
    session_id: sessionId,
    message: latest.content,
    history: history
      .slice(0, -1)
      .slice(-HISTORY_MAX_TURNS)
      .map(({ sender, content, at }) => ({ sender, content, at: Math.max(0, Math.round(at)) })),
    mood: mood && {
      emotion: mood.emotion,
      stress: clamp(mood.stress, 0, 100),
      valence: clamp(mood.valence, -1, 1),
      arousal: clamp(mood.arousal, 0, 1),
      hidden_stress: mood.hiddenStress,
    },
    offered: [...new Set(context.offered)],
    region: region && /^[A-Z]{2}$/.test(region) ? region : null,
  };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
