/**
 * Where the person is, as far as the helplines care: an ISO 3166 country code ('US', 'GB') or
 * null when nothing says (then every line is shown). The emergency numbers below are the ones a
 * person dials from any phone in that country; only numbers we are sure of are listed, and a
 * country missing here gets "your local emergency number" rather than a guess.
 */
export type Region = string;

export interface EmergencyNumber {
  /** What to dial first, for the tel: link. */
  dial: string;
  /** As said to the person: "911", "999 or 112", "119 for an ambulance, 110 for the police". */
  say: string;
}

/** The European Union's members and the countries around them that answer 112 everywhere. */
const ONE_ONE_TWO = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'NO',
  'CH',
  'LI',
  'IN',
];

const number = (dial: string, say = dial): EmergencyNumber => ({ dial, say });

const EMERGENCY: Record<Region, EmergencyNumber> = {
  ...Object.fromEntries(ONE_ONE_TWO.map((code) => [code, number('112')])),
  US: number('911'),
  CA: number('911'),
  MX: number('911'),
  PH: number('911'),
  GB: number('999', '999 or 112'),
  IE: number('112', '112 or 999'),
  AU: number('000'),
  NZ: number('111'),
  HK: number('999'),
  SG: number('995', '995 for an ambulance, 999 for the police'),
  JP: number('119', '119 for an ambulance, 110 for the police'),
  KR: number('119', '119 for an ambulance, 112 for the police'),
  CN: number('120', '120 for an ambulance, 110 for the police'),
  BR: number('192', '192 for an ambulance, 190 for the police'),
  IL: number('101', '101 for an ambulance, 100 for the police'),
  ZA: number('10111', '10111, or 112 from a mobile phone'),
};

/** Every region whose emergency number we know, for a settings list. */
export const KNOWN_REGIONS: readonly Region[] = Object.keys(EMERGENCY).sort();

/** The emergency number of a region, or null when we do not know it for sure. */
export function emergencyNumberFor(region: Region | null): EmergencyNumber | null {
  return (region && EMERGENCY[region]) || null;
}

/** 'UK' is what people type; the code is 'GB'. */
const ALIASES: Record<string, Region> = { UK: 'GB', EL: 'GR' };

/** A country code as written in a setting or locale, upper-cased; null when it is not one. */
export function normalizeRegion(code: string | null | undefined): Region | null {
  if (!code || !/^[a-z]{2}$/i.test(code)) return null;
  const upper = code.toUpperCase();
  return ALIASES[upper] ?? upper;
}

/**
 * The region a browser locale names: 'en-GB' → 'GB', 'fr-CA' → 'CA', 'zh-Hant-TW' → 'TW'; the
 * first of several locales that names one ('en' alone names none). Null when none does.
 */
export function regionFromLocale(
  locale: string | readonly string[] | null | undefined,
): Region | null {
  const locales = typeof locale === 'string' ? [locale] : (locale ?? []);
  for (const tag of locales) {
    // Subtags after the language: a 4-letter script, then a 2-letter region ('es-419' is a
    // continent, not a country: skipped). Private-use and extensions after -x-/-u- are ignored.
    const subtags = tag.split(/[-_]/).slice(1);
    for (const subtag of subtags) {
      if (subtag.length === 1) break;
      const region = normalizeRegion(subtag);
      if (region) return region;
    }
  }
  return null;
}
