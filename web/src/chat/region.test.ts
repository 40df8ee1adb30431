import { describe, expect, it } from 'vitest';
import { crisisRegion } from './region';

describe('crisisRegion', () => {
  it('puts the person’s choice before the browser’s locales', () => {
    expect(crisisRegion('IE', ['en-US'])).toBe('IE');
    expect(crisisRegion(null, ['en', 'en-GB'])).toBe('GB');
    expect(crisisRegion(null, ['en'])).toBeNull();
  });
});
