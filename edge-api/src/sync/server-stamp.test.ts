import { describe, expect, it } from 'vitest';
import { formatHlc } from '../../../core/sync/hlc';
import { nextServerHlc } from './server-stamp';

const NOW = Date.parse('2026-06-01T00:00:00Z');

describe('nextServerHlc', () => {
  it('stamps now when nothing stored is later', () => {
    expect(
      nextServerHlc(NOW, [null, formatHlc({ wallMs: NOW - 5, counter: 9, node: 'phone' })]),
    ).toBe(formatHlc({ wallMs: NOW, counter: 0, node: 'server' }));
  });

  it('sorts after a version a device stamped slightly ahead, or at the same moment', () => {
    const ahead = formatHlc({ wallMs: NOW + 1000, counter: 3, node: 'phone' });
    const stamped = nextServerHlc(NOW, [ahead]);
    expect(stamped > ahead).toBe(true);
    const same = formatHlc({ wallMs: NOW, counter: 0, node: 'zzz-device' });
    expect(nextServerHlc(NOW, [same]) > same).toBe(true);
  });
});
