/** What the `meta` table holds: one typed value per key. */
import type { Preferences } from '../sync/api-types';

export interface AuthSession {
  user_id: string;
  token: string;
  refresh_token: string;
}

export interface MetaValues {
  /** This device's id: the sync client id and the clock's node id. Made once, never changed. */
  client_id: string;
  /** A timestamp every future local timestamp must follow (see DexieSyncStore). */
  clock: string;
  /** Server clock minus this device's clock, in ms, as last measured: local stamps add it. */
  clock_offset: number;
  cursor: string;
  epoch: number;
  session: AuthSession;
  /** The account the local records belong to, so another person signing in never inherits them. */
  data_owner: string;
  /** Cached so the theme applies offline and before the server answers. */
  preferences: Preferences;
}

export type MetaKey = keyof MetaValues;
export type MetaRow = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];

/** Everything that describes the account's data rather than this device. */
export const ACCOUNT_META_KEYS = [
  'cursor',
  'epoch',
  'session',
  'data_owner',
  'preferences',
] as const satisfies MetaKey[];
