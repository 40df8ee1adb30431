import { normalizeRegion, regionFromLocale, type Region } from '../../../core/text/crisis';
import { usePreferences } from '../settings/preferences';

/**
 * The person's region for helplines, from the browser's languages ('en-GB' → GB). Null when no
 * language names a country: the panel then shows every line it knows.
 */
export function deviceRegion(): Region | null {
  if (typeof navigator === 'undefined') return null;
  return regionFromLocale(navigator.languages.length ? navigator.languages : [navigator.language]);
}

/** The region whose helplines to show: the one chosen in settings, else the browser's. */
export function useCrisisRegion(): Region | null {
  return normalizeRegion(usePreferences()?.crisis_region) ?? deviceRegion();
}
