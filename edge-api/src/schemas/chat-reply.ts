/** The body of POST /api/chat/reply, and the events its stream carries (documented, not parsed). */
import { z } from '@hono/zod-openapi';
import { MICRO_INTERVENTIONS } from '../../../core/conversation/types';
import { EMOTIONS } from '../../../core/emotions';

/** The longest message a person can send; longer ones are refused with 400 naming the limit. */
export const MESSAGE_MAX_CHARS = 4000;
/** Recent turns the reply may read; the page sends the latest ones. */
export const HISTORY_MAX_TURNS = 20;

const messageText = (field: string) =>
  z
    .string()
    .trim()
    .min(1, `${field} must not be empty`)
    .max(MESSAGE_MAX_CHARS, `${field} must be at most ${MESSAGE_MAX_CHARS} characters`);

const turnSchema = z.strictObject({
  sender: z.enum(['user', 'ai']),
  content: messageText('content'),
  at: z.number().int().nonnegative().openapi({ description: 'ms since 1970' }),
});

/** Labels and scores only: the fused state, never a frame, a sound or a feature vector. */
const moodSchema = z
  .strictObject({
    emotion: z.enum(EMOTIONS),
    stress: z.number().min(0).max(100),
    valence: z.number().min(-1).max(1),
    arousal: z.number().min(0).max(1),
    hidden_stress: z.boolean(),
  })
  .openapi('ChatMood');

export const chatReplyRequestSchema = z
  .strictObject({
    session_id: z.uuid().openapi({ description: 'The session the reply belongs to' }),
    message: messageText('message').openapi({ description: "The person's latest message" }),
    history: z
      .array(turnSchema)
      .max(HISTORY_MAX_TURNS, `history must hold at most ${HISTORY_MAX_TURNS} turns`)
      .default([])
      .openapi({ description: 'Earlier turns of the session, oldest first, without `message`' }),
    mood: moodSchema.nullable().default(null),
    offered: z
      .array(z.enum(MICRO_INTERVENTIONS))
      .max(MICRO_INTERVENTIONS.length)
      .default([])
      .openapi({ description: 'Micro-interventions already offered in this session' }),
    region: z
      .string()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as US or GB')
      .nullable()
      .default(null)
      .openapi({
        description:
          "The browser's region, for crisis lines when the person has not chosen one in settings",
      }),
  })
  .openapi('ChatReplyRequest');
export type ChatReplyRequest = z.infer<typeof chatReplyRequestSchema>;

export const CHAT_REPLY_EVENTS_DESCRIPTION = [
  'Server-sent events (`text/event-stream`), read with fetch and the Authorization header:',
  '',
  '- `event: token`, `data: {"text": "…"}`: append to the reply being shown. LLM replies arrive a sentence at a time, because each sentence is screened (no diagnosis, medication or dosing advice, method information) before it is released; built-in and safety replies arrive word by word.',
  '- `event: reset`, `data: {}`: discard what was shown; the reply that follows replaces it (the LLM stalled or failed mid-stream, or the screen refused a sentence).',
  '- `event: done`, `data: {"text", "source", "suggestion", "risk", "note"}`: the whole reply, which the page stores with the message. `source` is `builtin`, `llm` or `safety` (our own words for a risky message, never the LLM\'s); `suggestion` the micro-intervention offered or null; `risk` the server\'s crisis reading of the message (`none`, `elevated`, `severe`); `note` null, or `{"code", "message"}` to show quietly when RIVION answered in place of the LLM (`llm_not_configured`, `llm_off`, `llm_unavailable`, `llm_reply_screened`).',
  '',
  'A failing LLM never makes an error: the built-in responder answers and `note` says so. Nothing is stored by this route, so a stream cut short leaves nothing half-written. Errors before the stream starts (validation, sign-in, limits) are JSON as everywhere else.',
].join('\n');

/** What a client sends (defaults not yet filled in). */
export type ChatReplyRequestBody = z.input<typeof chatReplyRequestSchema>;
