import { describe, expect, it } from 'vitest';
import { crisisRegion, regionFromLocale } from './region';

describe('crisis region', () => {
  it('reads the region a locale states, and none from a language alone', () => {
    expect(regionFromLocale('en-GB')).toBe('GB');
    expect(regionFromLocale('fr-CA')).toBe('CA');
    expect(regionFromLocale('en')).toBeNull();
    expect(regionFromLocale('not a locale!')).toBeNull();
    expect(regionFromLocale(undefined)).toBeNull();
  });

  it('puts the person’s choice before the browser’s locale', () => {
    expect(crisisRegion('IE', 'en-US')).toBe('IE');
    expect(crisisRegion(null, 'en-US')).toBe('US');
  });
});
