/**
 * `npm run eval -- <face|voice|text|safety|fusion> --data <path>`: prints one modality's evaluation
 * as JSON. Face also takes `--perturb <name|all>` (synthetic lighting, pose, occlusion, blur, noise);
 * fusion takes `--split dev|test`. Text and safety run the sentence encoder as the device does and
 * report the numbers without it beside; `--no-encoder` leaves it out entirely. Safety also takes `--ordinary`: the flag rate on everyday text
 * (MELD's or GoEmotions' file) instead of precision and recall on a labelled `text,level` set. Each
 * modality is one entry in EVALUATORS; add yours by importing its evaluate function.
 */
import { parseArgs } from 'node:util';
import { evaluateFace } from './face';
import { evaluateFusion } from './fusion';
import { PERTURBATION_NAMES, isPerturbationName } from './face-page/perturb';
import { evaluateOrdinary } from './ordinary';
import { evaluateSafety } from './safety';
import { evaluateText } from './text';
import { evaluateVoice } from './voice';

type Evaluator = (
  dataPath: string,
  options: { perturb?: string; split?: string; ordinary?: boolean; encoder?: boolean },
) => Promise<unknown>;

export const EVALUATORS: Record<string, Evaluator> = {
  face: evaluateFace,
  voice: evaluateVoice,
  text: (data, { encoder }) => evaluateText(data, { encoder }),
  safety: (data, { ordinary, encoder }) =>
    ordinary ? evaluateOrdinary(data, undefined, { encoder }) : evaluateSafety(data, { encoder }),
  fusion: evaluateFusion,
};

const USAGE = `usage: npm run eval -- <${Object.keys(EVALUATORS).join('|')}> --data <path> [--perturb <${['all', ...PERTURBATION_NAMES].join('|')}> (face only)] [--split <dev|test> (fusion only)] [--ordinary (safety only: flag rate on MELD's *_sent_emo.csv or GoEmotions' *.tsv)] [--no-encoder (text, safety: without the sentence encoder)]`;

/** Exit codes: 0 evaluated, 1 the evaluation failed, 2 bad usage. */
export async function runEval(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      perturb: { type: 'string' },
      split: { type: 'string' },
      ordinary: { type: 'boolean' },
      'no-encoder': { type: 'boolean' },
    },
  });
  const [modality] = positionals;
  const { data, perturb, split, ordinary } = values;
  const encoder = !values['no-encoder'];
  const perturbOk =
    perturb === undefined ||
    (modality === 'face' && (perturb === 'all' || isPerturbationName(perturb)));
  const splitOk = split === undefined || (modality === 'fusion' && ['dev', 'test'].includes(split));
  const ordinaryOk = !ordinary || modality === 'safety';
  if (!modality || !(modality in EVALUATORS) || !data || !perturbOk || !splitOk || !ordinaryOk) {
    console.error(USAGE);
    return 2;
  }
  const evaluate = EVALUATORS[modality]!;
  try {
    const options = { perturb, split, ordinary, encoder };
    process.stdout.write(`${JSON.stringify(await evaluate(data, options), null, 2)}\n`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runEval(process.argv.slice(2));
}
