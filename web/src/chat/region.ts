/** The region for crisis lines: the person's choice in settings, else their browser's locale. */
// regions.ts directly, not the crisis index: that would pull the classifier into every page.
import { normalizeRegion, regionFromLocale } from '../../../core/text/crisis/regions';

export function crisisRegion(
  chosen: string | null,
  locales: readonly string[] = globalThis.navigator?.languages ?? [],
): string | null {
  return normalizeRegion(chosen) ?? regionFromLocale(locales);
}
