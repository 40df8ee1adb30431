/**
 * `npm run eval -- <face|voice|text|safety|fusion> --data <path>`: prints one modality's evaluation as
 * JSON. Face also takes `--perturb <name|all>` (synthetic lighting, pose, occlusion, blur, noise); fusion takes `--split dev|test`. Each modality is one entry in EVALUATORS; add yours by importing its evaluate function.
 */
import { parseArgs } from 'node:util';
import { evaluateFace } from './face';
import { evaluateFusion } from './fusion';
import { PERTURBATION_NAMES, isPerturbationName } from './face-page/perturb';
import { evaluateSafety } from './safety';
import { evaluateText } from './text';
import { evaluateVoice } from './voice';

type Evaluator = (
  dataPath: string,
  options: { perturb?: string; split?: string },
) => Promise<unknown>;

export const EVALUATORS: Record<string, Evaluator> = {
  face: evaluateFace,
  voice: evaluateVoice,
  text: evaluateText,
  safety: evaluateSafety,
  fusion: evaluateFusion,
};

const USAGE = `usage: npm run eval -- <${Object.keys(EVALUATORS).join('|')}> --data <path> [--perturb <${['all', ...PERTURBATION_NAMES].join('|')}> (face only)] [--split <dev|test> (fusion only)]`;

/** Exit codes: 0 evaluated, 1 the evaluation failed, 2 bad usage. */
export async function runEval(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      perturb: { type: 'string' },
      split: { type: 'string' },
    },
  });
  const [modality] = positionals;
  const { data, perturb, split } = values;
  const perturbOk =
    perturb === undefined ||
    (modality === 'face' && (perturb === 'all' || isPerturbationName(perturb)));
  const splitOk = split === undefined || (modality === 'fusion' && ['dev', 'test'].includes(split));
  if (!modality || !(modality in EVALUATORS) || !data || !perturbOk || !splitOk) {
    console.error(USAGE);
    return 2;
  }
  const evaluate = EVALUATORS[modality]!;
  try {
    process.stdout.write(`${JSON.stringify(await evaluate(data, { perturb, split }), null, 2)}\n`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runEval(process.argv.slice(2));
}
