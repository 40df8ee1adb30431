/**
 * Compiles the crisis patterns before the first message. V8 compiles a regular expression when it
 * first runs and again to machine code when it runs a second time; for the crisis rules' large
 * alternations that took up to ~50 ms on a message's first pass over a rule (measured in Node and
 * Chromium), which the main thread would spend inside the person's first send. Run each pattern
 * twice on a short text here, then a few messages through the whole path, while the page is idle.
 */
import { detectCrisis } from './detect';
import { CRISIS_RULES } from './rules';
import { IDIOMS } from '../idioms';

const MESSAGES = [
  "I can't take this anymore, I want to give up on everything",
  "This deadline is killing me, but I'm not hopeless. My friend said she wants to die.",
  "Thanks for everything, bye. Tell my mum I love her. I've saved up my pills for tonight.",
  'I used to cut when I was 15 but therapy really helped. How many would it take?',
];

export function warmUpCrisisDetection(): void {
  const patterns = [
    ...CRISIS_RULES.flatMap((rule) => [rule.pattern, rule.requires, rule.unless]),
    ...IDIOMS.map((idiom) => idiom.pattern),
  ];
  for (const pattern of patterns) {
    if (!pattern) continue;
    for (let run = 0; run < 2; run++) {
      pattern.lastIndex = 0;
      pattern.test('warm up the patterns');
    }
    pattern.lastIndex = 0;
  }
  for (let run = 0; run < 2; run++) for (const message of MESSAGES) detectCrisis(message);
}
