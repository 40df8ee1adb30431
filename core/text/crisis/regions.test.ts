import { describe, expect, it } from 'vitest';
import { emergencyNumberFor, normalizeRegion, regionFromLocale } from './regions';

describe('regionFromLocale', () => {
  it('reads the country of a browser locale', () => {
    expect(regionFromLocale('en-GB')).toBe('GB');
    expect(regionFromLocale('en-US')).toBe('US');
    expect(regionFromLocale('fr-CA')).toBe('CA');
    expect(regionFromLocale('ga-IE')).toBe('IE');
    expect(regionFromLocale('zh-Hant-TW')).toBe('TW');
    expect(regionFromLocale('en_AU')).toBe('AU');
    expect(regionFromLocale('de-DE-u-co-phonebk')).toBe('DE');
  });

  it('takes the first of several locales that names a country', () => {
    expect(regionFromLocale(['en', 'en-NZ', 'en-US'])).toBe('NZ');
  });

  it('says nothing when no locale names a country', () => {
    expect(regionFromLocale('en')).toBeNull();
    expect(regionFromLocale('es-419')).toBeNull();
    expect(regionFromLocale([])).toBeNull();
    expect(regionFromLocale(undefined)).toBeNull();
  });
});

describe('normalizeRegion', () => {
  it('accepts UK for GB and refuses what is not a country code', () => {
    expect(normalizeRegion('uk')).toBe('GB');
    expect(normalizeRegion('us')).toBe('US');
    expect(normalizeRegion('USA')).toBeNull();
    expect(normalizeRegion('')).toBeNull();
  });
});

describe('emergencyNumberFor', () => {
  it('knows the common emergency numbers', () => {
    const dial = (region: string) => emergencyNumberFor(region)?.say;
    expect(dial('US')).toBe('911');
    expect(dial('CA')).toBe('911');
    expect(dial('GB')).toBe('999 or 112');
    expect(dial('IE')).toBe('112 or 999');
    expect(dial('DE')).toBe('112');
    expect(dial('FR')).toBe('112');
    expect(dial('AU')).toBe('000');
    expect(dial('NZ')).toBe('111');
    expect(dial('JP')).toMatch(/^119 .*110/);
  });

  it('does not guess a number it does not know', () => {
    expect(emergencyNumberFor('XX')).toBeNull();
    expect(emergencyNumberFor(null)).toBeNull();
  });
});
