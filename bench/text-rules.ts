/**
 * `npm run bench:text-rules`: how long the text rules and the crisis detector take on hostile and
 * long input, and the crisis classifier on a typical message. Prints JSON. These were wall-clock
 * limits inside unit tests, where a busy machine made them flake; here they are measured instead.
 */
import { analyzeText } from '../core/text/analyze';
import { detectCrisis, loadCrisisClassifier, type CrisisClassifierFile } from '../core/text/crisis';
import classifierFile from '../models/safety/crisis-classifier.json';

/** Median milliseconds of `runs` calls of `work`, after one warm-up call. */
function medianMs(work: () => unknown, runs = 5): number {
  work();
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return Math.round(times[Math.floor(runs / 2)]! * 100) / 100;
}

const filler = 'work was long and the meeting ran late, nothing new. '.repeat(1900);
const sentence = "Work was stressful but I'm not hopeless, I just need sleep 😴. ";
const cues = [
  'everyone would be so much better off if i ',
  'on the edge of the roof ',
  'how many pills would ',
  'bye x ',
];
const classifier = loadCrisisClassifier(classifierFile as unknown as CrisisClassifierFile);
const typical =
  "i've got about 40 of my mum's sleeping tablets in my sock drawer. tonight feels like the night";

console.info(
  JSON.stringify(
    {
      analyze_100kb_ms: medianMs(() =>
        analyzeText(sentence.repeat(Math.ceil(100_000 / sentence.length))),
      ),
      crisis_disclosure_after_100kb_ms: medianMs(() => detectCrisis(`${filler}I want to die`)),
      crisis_100kb_of_one_letter_ms: medianMs(() => detectCrisis('a'.repeat(100_000))),
      crisis_100kb_of_its_own_cues_ms: medianMs(() => {
        for (const unit of cues) detectCrisis(unit.repeat(Math.ceil(100_000 / unit.length)));
      }),
      classifier_typical_message_ms:
        medianMs(() => {
          for (let i = 0; i < 1000; i += 1) classifier.score(typical);
        }) / 1000,
    },
    null,
    2,
  ),
);
