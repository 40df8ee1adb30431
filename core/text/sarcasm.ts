import { normalizeForMatching } from './normalize';
import { phrase } from './phrases';
import { VALENCE } from './lexicon';
import { sentenceRanges } from './tokenize';
import { spanOf, type TextSpan } from './span';

/** Cues that are sarcastic on their own ("yeah right", "oh great", an eye-roll). */
const STANDALONE = [
  'yeah,? right',
  'ya right',
  'oh,? (?:great|wonderful|fantastic|joy|perfect|lovely|brilliant|goody|fun|yay|good|awesome|super|marvellous|marvelous)',
  'thanks for nothing',
  'big surprise',
  'what a (?:surprise|shock)',
  'love that for me',
  'as if',
  'just my luck',
  'how (?:lovely|wonderful|fun) for me',
  'because that always works',
  'said no one ever',
].map(phrase);
const EYE_ROLL = /🙄|(?:^|\s)\/s(?=\s|$)/gu;

/** Cues that are sarcastic only when the same sentence describes something bad. */
const CONDITIONAL = [
  '^\\W*(?:great|perfect|wonderful|fantastic|awesome|brilliant|lovely|nice|terrific|super|amazing|splendid)\\W',
  '(?:just|exactly) what i (?:needed|wanted|need)',
  'i (?:just |really |absolutely |simply )?(?:love|adore|enjoy) (?:it when|being|how|when|that|getting|having to|waiting|spending)',
  "can'?t wait to",
  'perfect timing',
  'what a (?:great|perfect|lovely|wonderful|fantastic) (?:way|start|day|time)',
].map((source) => phrase(source));

/** Situations people are sarcastic about: queues, Mondays, another meeting, the bus being late. */
const BAD_SITUATION = phrase(
  'another|again|monday|mondays|traffic|rain|raining|late|delayed|cancell?ed|stuck|broke down|broken|crashed|flat (?:tyre|tire)|overtime|ignored|queue|queues|on hold|bills?|taxes|paperwork|laundry|dishes|hangover|spam|bugs?|outage|stolen|rejected|dumped|fired|more work|extra work|woken up|spilled|spilt|meeting|meetings|deadline|traffic jam|power cut|power went out|no wifi|left on read',
);

/** Looks at up to 120 characters either side of the cue, not at the cue itself. */
function describesSomethingBad(sentence: string, cueStart: number, cueEnd: number): boolean {
  const around =
    sentence.slice(Math.max(0, cueStart - 120), cueStart) +
    ' ' +
    sentence.slice(cueEnd, cueEnd + 120);
  BAD_SITUATION.lastIndex = 0;
  if (BAD_SITUATION.test(around)) return true;
  return (around.match(/[\p{L}']+/gu) ?? []).some((word) => (VALENCE.get(word) ?? 0) < 0);
}

/** Spans of sarcasm cues: positive words said about a bad situation read negative. */
export function detectSarcasm(text: string): TextSpan[] {
  const normalized = normalizeForMatching(text);
  const spans: TextSpan[] = [];
  for (const { start, end } of sentenceRanges(normalized)) {
    const sentence = normalized.slice(start, end);
    for (const pattern of STANDALONE) {
      for (const match of sentence.matchAll(pattern)) {
        spans.push(spanOf(text, start + match.index, start + match.index + match[0].length));
      }
    }
    for (const match of sentence.matchAll(EYE_ROLL)) {
      spans.push(spanOf(text, start + match.index, start + match.index + match[0].length));
    }
    for (const pattern of CONDITIONAL) {
      for (const match of sentence.matchAll(pattern)) {
        const cueEnd = match.index + match[0].length;
        if (describesSomethingBad(sentence, match.index, cueEnd)) {
          spans.push(spanOf(text, start + match.index, start + cueEnd));
        }
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
