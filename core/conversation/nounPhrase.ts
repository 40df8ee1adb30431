import type { TextSpan } from '../text/span';
import type { Token } from '../text/tokenize';
import { DETERMINERS, PREPOSITIONS, STOP, TIMES } from './words';

const isWord = (token: Token | undefined): token is Token => token?.kind === 'word';
const isModifier = (token: Token | undefined): token is Token =>
  isWord(token) && !STOP.has(token.word) && !DETERMINERS.has(token.word);

/**
 * The noun phrase around a noun, grown by rules small enough to trust without a parser: a
 * determiner with up to two words before it ("my big project"), then one prepositional phrase
 * ("the deadline on the project") or a time word ("the exam tomorrow"). Without a determiner the
 * words before are left out, since they could be a verb ("finish project").
 */
export function nounPhraseAround(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
): TextSpan {
  const first = tokens.findIndex((token) => token.start >= start);
  let last = tokens.findIndex((token) => token.end >= end);
  if (first === -1 || last === -1) return { start, end, text: text.slice(start, end) };

  let from = first;
  let back = first - 1;
  while (back >= 0 && first - back <= 2 && isModifier(tokens[back])) back -= 1;
  if (isWord(tokens[back]) && DETERMINERS.has(tokens[back]!.word)) from = back;

  const next = tokens[last + 1];
  const after = tokens[last + 2];
  if (isWord(next) && PREPOSITIONS.has(next.word) && isWord(after)) {
    if (DETERMINERS.has(after.word) && isModifier(tokens[last + 3])) {
      last += 3;
      if (isModifier(tokens[last + 1]) && !TIMES.has(tokens[last + 1]!.word)) last += 1;
    } else if (TIMES.has(after.word) || /^\p{Lu}\p{Ll}/u.test(after.raw)) {
      // "the exam on Friday", "our argument at Christmas"

      last += 2;
    }
  } else if (isWord(next) && TIMES.has(next.word)) {
    last += 1;
  }
  const span = { start: tokens[from]!.start, end: tokens[last]!.end };
  return { ...span, text: text.slice(span.start, span.end) };
}
