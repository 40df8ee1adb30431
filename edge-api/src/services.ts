import type { Context } from 'hono';
import type { Config } from './config';
import type { Aead } from './crypto/aead';
import type { Keyring } from './crypto/keyring';
import type { Database } from './db/database';
import type { RateLimitStore } from './rate-limit';

/** What the host (Node server, Worker, tests) hands to createApp. */
export interface AppDeps {
  db: Database;
  config: Config;
  /** The clock; tests move it to expire tokens. */
  now?: () => Date;
  /** The peer address as the runtime sees it (Node socket, Cloudflare's cf-connecting-ip). */
  peerIp?: (c: Context) => string | undefined;
  /** Shared across app instances when the host rebuilds the app per request (Workers). */
  rateLimitStore?: RateLimitStore;
  /** Encryption at rest; WebCrypto by default, node:crypto on Node (node/cipher.ts). */
  aead?: Aead;
  /** Shared across app instances (per process or isolate), so unwrapped data keys stay cached. */
  keyring?: Keyring;
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
}

/** Set by the auth middleware on every authenticated request. */
export interface AppEnv {
  Variables: { userId: string; authSessionId: string };
}
