import { describe, expect, it } from 'vitest';
import { dangerResourcesFor } from './danger-resources';
import { crisisResourcesFor } from './resources';

/** Everything a person reads in the copy, as one string. */
const shown = (copy: { emergency: string; lines: readonly { how: string; name: string }[] }) =>
  [copy.emergency, ...copy.lines.flatMap((line) => [line.name, line.how])].join('\n');

describe('crisisResourcesFor', () => {
  it('gives the US 988 by call or text and the Crisis Text Line, and 911', () => {
    const us = crisisResourcesFor('US');
    expect(shown(us)).toMatch(/Call or text 988/);
    expect(shown(us)).toMatch(/Text HOME to 741741/);
    expect(us.emergency).toMatch(/call 911/);
    expect(us.lines.find((line) => line.contact === '741741')?.href).toBe('sms:741741?body=HOME');
  });

  it('gives Canada 988 and 911, without the US text line', () => {
    const ca = crisisResourcesFor('CA');
    expect(shown(ca)).toMatch(/988/);
    expect(shown(ca)).not.toMatch(/741741/);
    expect(ca.emergency).toMatch(/call 911/);
  });

  it('gives the UK and Ireland Samaritans on 116 123, and their emergency numbers', () => {
    expect(shown(crisisResourcesFor('GB'))).toMatch(/116 123/);
    expect(crisisResourcesFor('GB').emergency).toMatch(/call 999 or 112/);
    expect(shown(crisisResourcesFor('IE'))).toMatch(/116 123/);
    expect(crisisResourcesFor('IE').emergency).toMatch(/call 112 or 999/);
    expect(shown(crisisResourcesFor('GB'))).not.toMatch(/988/);
  });

  it('gives everywhere else findahelpline.com and the local emergency number', () => {
    const de = crisisResourcesFor('DE');
    expect(de.lines.map((line) => line.href)).toEqual(['https://findahelpline.com']);
    expect(de.emergency).toMatch(/call 112/);
    const unknown = crisisResourcesFor('XX');
    expect(unknown.emergency).toMatch(/your local emergency number/);
    expect(shown(unknown)).toMatch(/Find A Helpline/);
  });

  it('shows every line when the region is not known', () => {
    const any = crisisResourcesFor(null);
    expect(any.lines.map((line) => line.contact)).toEqual(['988', '116 123']);
    expect(any.elsewhere).toMatch(/findahelpline\.com/);
  });
});

describe('dangerResourcesFor', () => {
  it('gives the US National Domestic Violence Hotline and 911', () => {
    const us = dangerResourcesFor('US');
    expect(shown(us)).toMatch(/1-800-799-7233/);
    expect(us.emergency).toMatch(/call 911/);
  });

  it('gives the UK Refuge helpline, 999 and the silent-call advice', () => {
    const gb = dangerResourcesFor('GB');
    expect(shown(gb)).toMatch(/0808 2000 247/);
    expect(gb.emergency).toMatch(/call 999 or 112/);
    expect(gb.emergency).toMatch(/press 55/);
  });

  it('gives elsewhere the emergency number and the directory, not a suicide line', () => {
    const fr = dangerResourcesFor('FR');
    expect(fr.emergency).toMatch(/call 112/);
    expect(shown(fr)).not.toMatch(/988|116 123/);
    expect(fr.lines.map((line) => line.href)).toEqual(['https://findahelpline.com']);
  });
});
