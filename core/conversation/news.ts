import { phrase } from '../text/phrases';
import { swapPerson } from './swap';

/** Good news told in the first person: "I passed my driving test", "we won the match". */
const ACHIEVEMENT = phrase(
  "(?:i|we) (?:(?:just|finally|actually|officially) )?(?:got into|got through|handed in|made it|did it|got|passed|finished|won|aced|landed|nailed|completed|submitted|survived|smashed)(?: [\\p{L}\\p{N}' -]{1,40}?)?(?= *(?:[.!?,\\n]|$|and |but |today|yesterday))",
);
const BAD_OBJECT =
  /^(?:rejected|fired|dumped|sick|ill|hurt|laid|yelled|told off|ghosted|scammed|robbed|lost|nothing|no |home|up|back|out|worse|told|a warning|an? (?:f|fail))/;

/** Their good news in second person ("you passed your driving test"), or null. */
export function findAchievement(text: string, normalized: string): string | null {
  for (const match of normalized.matchAll(ACHIEVEMENT)) {
    const said = text.slice(match.index, match.index + match[0].length).trim();
    const object = normalized.slice(match.index, match.index + match[0].length);
    const after = object.replace(/^(?:i|we) (?:(?:just|finally|actually|officially) )?\S+ ?/, '');
    if (BAD_OBJECT.test(after)) continue;
    if (/^(?:i|we) (?:\w+ )?got /.test(object) && !/^(?:the|a|an|my|our|into) /.test(after)) {
      continue;
    }
    return swapPerson(said).replace(/^You\b/, 'you');
  }
  return null;
}
