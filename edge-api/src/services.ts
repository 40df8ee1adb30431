import type { Context } from 'hono';
import type { SessionCache } from './auth/sessions';
import type { ReplyCounters } from './chat/counters';
import type { LlmClient } from './chat/llm';
import type { Config } from './config';
import type { Aead } from './crypto/aead';
import type { Keyring } from './crypto/keyring';
import type { Database } from './db/database';
import type { RateLimitStore } from './middleware/rate-limit';
import type { SyncEvents } from './sync/events';
import type { TextEmotionModel } from './text-model';

/** What the host (Node server, Worker, tests) hands to createApp. */
export interface AppDeps {
  /** The database, or how to find this request's (Workers: a client per request, one app). */
  db: Database | (() => Database);
  config: Config;
  /** The clock; tests move it to expire tokens. */
  now?: () => Date;
  /** The peer address as the runtime sees it (Node socket, Cloudflare's cf-connecting-ip). */
  peerIp?: (c: Context) => string | undefined;
  /** Where request counts live: in memory by default, a Durable Object on Workers. */
  rateLimitStore?: RateLimitStore;
  /** Live sync nudges; in-process on Node by default, LISTEN/NOTIFY across processes (sync/pg-events.ts). */
  syncEvents?: SyncEvents;
  /** Encryption at rest; WebCrypto by default, node:crypto on Node (node/cipher.ts). */
  aead?: Aead;
  /** Shared across app instances (per process or isolate), so unwrapped data keys stay cached. */
  keyring?: Keyring;
  /** The text emotion model, where the host can run it (text-model.ts); rules only without. */
  textEmotionModel?: TextEmotionModel;
  /** Screened and fallen-back LLM replies, counted without text (chat/counters.ts). */
  replyCounters?: ReplyCounters;
}

/** The resolved dependencies every route module receives. */
export interface Services {
  db: Database;
  config: Config;
  now: () => Date;
  /** Each person's data key, and the email blind index (crypto/keyring.ts). */
  keyring: Keyring;
  /** Client address for rate limiting and the audit log. */
  clientIp: (c: Context) => string;
  rateLimitStore: RateLimitStore;
  /** Live login families seen a moment ago (auth/sessions.ts), per app instance. */
  sessionCache: SessionCache;
  syncEvents: SyncEvents;
  textEmotionModel?: TextEmotionModel;
  /** The configured OpenAI-compatible server, or null: the built-in responder answers. */
  llm: LlmClient | null;
  replyCounters: ReplyCounters;
}

/** Set by the auth middleware on every authenticated request. */
export interface AppEnv {
  Variables: { userId: string; authSessionId: string };
}
