import { useLiveQuery } from 'dexie-react-hooks';
import { normalizeRegion, regionFromLocale, type Region } from '../../../core/text/crisis';
import { db } from '../store/db';
import { readMeta, writeMeta } from '../store/meta';

/**
 * The person's region for helplines, from the browser's languages ('en-GB' → GB). Null when no
 * language names a country: the panel then shows every line it knows.
 */
export function deviceRegion(): Region | null {
  if (typeof navigator === 'undefined') return null;
  return regionFromLocale(navigator.languages.length ? navigator.languages : [navigator.language]);
}

/** The region chosen in settings, or '' when the browser's language decides. */
export function useChosenRegion(): string | undefined {
  return useLiveQuery(async () => (await readMeta(db, 'crisis_region')) ?? '');
}

/** The region whose helplines to show: the one chosen in settings, else the browser's. */
export function useCrisisRegion(): Region | null {
  const chosen = useChosenRegion();
  return normalizeRegion(chosen) ?? deviceRegion();
}

/** Saves the choice on this device only; '' goes back to following the browser's language. */
export async function chooseRegion(region: string): Promise<void> {
  if (region) await writeMeta(db, 'crisis_region', region);
  else await db.meta.delete('crisis_region');
}
