import { negatedBefore } from './negation';
import { normalizeForMatching } from './normalize';
import { ANYMORE, CANT, I_AM, MYSELF, matchPhrase, phrase, toSpan } from './phrases';
import type { TextSpan } from './span';

export interface RiskHit {
  keyword: string;
  span: TextSpan;
}

export interface Risk {
  /** Distinct keywords found, in order of first appearance. */
  keywords: string[];
  spans: TextSpan[];
  hits: RiskHit[];
}

/**
 * Words and phrases clinicians listen for: hopelessness, defeat, isolation, exhaustion,
 * worthlessness. A hit is a signal for the stress and burnout scores, not a crisis on its own.
 */
const RISK_TERMS: readonly { keyword: string; pattern: RegExp }[] = [
  { keyword: 'hopeless', source: 'hopeless(?:ness)?(?! (?:at|with|romantic|when it comes))' },
  { keyword: 'helpless', source: 'helpless(?:ness)?' },
  { keyword: 'worthless', source: 'worthless(?:ness)?' },
  {
    keyword: 'give up',
    source: `(?:give|giving|gave|given) up(?= *(?:$|[.!?,;]|on (?:me|${MYSELF}|life|everything|living|hope|it all|trying)|trying|hope))`,
  },
  {
    keyword: 'alone',
    // Alone as a feeling, not as a way of doing things ("I live alone", "leave me alone").
    source:
      '(?<!(?:live|lives|living|lived|went|go|going|travel\\w*|walk\\w*|eat\\w*|ate|work\\w*|study\\w*|home|me|him|her|it|them|us|be|all by myself) )alone(?! time)|lonely|isolated',
  },
  {
    keyword: 'exhausted',
    source:
      '(?:exhausted|drained|burn(?:ed|t) out|worn out|running on empty)(?! (?:all|every|my|the|our))',
  },
  { keyword: "can't go on", source: `${CANT} (?:go on|keep going|carry on)` },
  {
    keyword: "can't cope",
    source: `${CANT} (?:cope|handle (?:it|this|anything)|take (?:it|this) ${ANYMORE})`,
  },
  { keyword: 'no way out', source: 'no way out|trapped' },
  {
    keyword: 'useless',
    source: `${I_AM} (?:so |such |completely |totally )?(?:useless|a failure|a waste of space)`,
  },
  {
    keyword: 'burden',
    source: `${I_AM} (?:just |such |only )?a burden|burden (?:to|on) (?:everyone|my)`,
  },
  { keyword: 'empty', source: '(?:feel|feeling|felt|so) (?:empty|numb|nothing)|dead inside' },
  {
    keyword: 'nobody cares',
    source:
      '(?:nobody|no one|no-one|noone) (?:cares|would care|loves me|understands|would miss me|gives a)',
  },
  { keyword: 'self-hatred', source: `hate ${MYSELF}` },
  { keyword: 'no point', source: "(?:no point|what'?s the point|pointless|meaningless)" },
].map(({ keyword, source }) => ({ keyword, pattern: phrase(source) }));

/** Risk keywords and phrases, skipping denied ones ("I'm not hopeless"). */
export function findRisk(text: string): Risk {
  const normalized = normalizeForMatching(text);
  const hits: RiskHit[] = [];
  for (const { keyword, pattern } of RISK_TERMS) {
    for (const match of matchPhrase(pattern, normalized)) {
      if (negatedBefore(normalized, match.start, { window: 4 })) continue;
      hits.push({ keyword, span: toSpan(text, match) });
    }
  }
  hits.sort((a, b) => a.span.start - b.span.start);
  return {
    keywords: [...new Set(hits.map((hit) => hit.keyword))],
    spans: hits.map((hit) => hit.span),
    hits,
  };
}
