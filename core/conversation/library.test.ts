import { describe, expect, it } from 'vitest';
import * as ask from './library/ask';
import { INTERVENTIONS } from './library/interventions';
import * as moments from './library/moments';
import * as support from './library/support';
import * as reflect from './library/reflect';
import { interventionsIn, offerIn } from './suggest';
import { MICRO_INTERVENTIONS } from './types';

/** Every string in a library module, however it is nested. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value && typeof value === 'object' && !(value instanceof RegExp)
        ? Object.values(value).flatMap(strings)
        : [];

const conversational = [
  ...strings(ask),
  ...strings(moments),
  ...strings(support),
  ...strings(reflect),
];
const interventionTexts = MICRO_INTERVENTIONS.flatMap((kind) => strings(INTERVENTIONS[kind]));
const everything = [...conversational, ...interventionTexts];
const SLOTS = new Set([
  'feeling',
  'gladFeeling',
  'topic',
  'person',
  'news',
  'earlier',
  'list',
  'returning',
  'ongoing',
  'clause',
  'gladClause',
  'mixed',
]);

describe('the response library', () => {
  it('never minimises distress', () => {
    const minimising =
      /at least|could be worse|don'?t worry|cheer up|calm down|just relax|not a big deal|look on the bright side|everything happens for a reason|stay positive|get over/i;
    expect(everything.filter((text) => minimising.test(text))).toEqual([]);
  });

  it('never diagnoses or talks about medication', () => {
    expect(
      everything.filter((t) => /disorder|depression|diagnos|medication|pills?\b/i.test(t)),
    ).toEqual([]);
  });

  it('uses only slots the responder fills', () => {
    const slots = everything.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
    expect(slots.filter((slot) => !SLOTS.has(slot))).toEqual([]);
  });

  it('has no sentence twice', () => {
    expect(everything.length).toBe(new Set(everything).size);
  });

  it('recognises each intervention in its own texts and in no other sentence', () => {
    for (const kind of MICRO_INTERVENTIONS) {
      for (const text of strings(INTERVENTIONS[kind]))
        expect(interventionsIn(text)).toContain(kind);
      for (const text of [...INTERVENTIONS[kind].soft, ...INTERVENTIONS[kind].warm]) {
        expect(offerIn(text.replace('{topic}', 'the essay'))).toBe(kind);
      }
    }
    expect(conversational.filter((text) => interventionsIn(text).length > 0)).toEqual([]);
  });
});
