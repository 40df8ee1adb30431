/** The region for crisis lines: the person's choice in settings, else their browser's locale. */
import { regionFromLocale } from '../../../core/text/crisis';

/** "en-GB" → "GB"; a locale without a region ("en") gives null: the lines for elsewhere. */
export { regionFromLocale };

export function crisisRegion(chosen: string | null, locale = globalThis.navigator?.language) {
  return chosen ?? regionFromLocale(locale);
}
