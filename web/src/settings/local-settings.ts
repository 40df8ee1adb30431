/**
 * Preferences that belong to this device rather than the account (which modalities the call
 * uses, the first-run welcome), kept in localStorage: they are read synchronously before
 * anything else loads, work offline and never reach the server. Every tab sees a change at once.
 */
import { useSyncExternalStore } from 'react';

const PREFIX = 'rivion.';
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage can be switched off in the browser; the defaults then apply.
    return null;
  }
}

/** The stored value under `key`, or `fallback` when there is none or it cannot be read. */
export function readLocalSetting<T>(key: string, fallback: T): T {
  const raw = storage()?.getItem(PREFIX + key);
  if (raw == null) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

export function writeLocalSetting<T>(key: string, value: T): void {
  storage()?.setItem(PREFIX + key, JSON.stringify(value));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  globalThis.addEventListener?.('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', fromOtherTab);
  };
}

/** The raw stored string, so React compares snapshots by value. */
function snapshot(key: string): string | null {
  return storage()?.getItem(PREFIX + key) ?? null;
}

/** A local setting that re-renders the component when it changes here or in another tab. */
export function useLocalSetting<T>(key: string, fallback: T): T {
  const raw = useSyncExternalStore(subscribe, () => snapshot(key));
  if (raw === null) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}
