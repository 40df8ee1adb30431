/** The region for crisis lines: the person's choice in settings, else their browser's locale. */

/** "en-GB" → "GB"; a locale without a region ("en") gives null: the lines for elsewhere. */
export function regionFromLocale(locale: string | undefined): string | null {
  if (!locale) return null;
  try {
    // Only a stated region: guessing one from the language ("en" → US) would show the wrong lines.
    return new Intl.Locale(locale).region ?? null;
  } catch {
    return null;
  }
}

export function crisisRegion(chosen: string | null, locale = globalThis.navigator?.language) {
  return chosen ?? regionFromLocale(locale);
}
