/**
 * `npm run eval -- <face|voice|text|safety> --data <path>`: prints one modality's evaluation as
 * JSON. Face also takes `--perturb <name|all>` (synthetic lighting, pose, occlusion, blur, noise). Each modality is one entry in EVALUATORS; add yours by importing its evaluate function.
 */
import { parseArgs } from 'node:util';
import { evaluateFace } from './face';
import { PERTURBATION_NAMES, isPerturbationName } from './face-page/perturb';
import { evaluateSafety } from './safety';
import { evaluateText } from './text';
import { evaluateVoice } from './voice';

type Evaluator = (dataPath: string, options: { perturb?: string }) => Promise<unknown>;

export const EVALUATORS: Record<string, Evaluator> = {
  face: evaluateFace,
  voice: evaluateVoice,
  text: evaluateText,
  safety: evaluateSafety,
};

const USAGE = `usage: npm run eval -- <${Object.keys(EVALUATORS).join('|')}> --data <path> [--perturb <${['all', ...PERTURBATION_NAMES].join('|')}> (face only)]`;

/** Exit codes: 0 evaluated, 1 the evaluation failed, 2 bad usage. */
export async function runEval(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { data: { type: 'string' }, perturb: { type: 'string' } },
  });
  const [modality] = positionals;
  const { data, perturb } = values;
  const perturbOk =
    perturb === undefined ||
    (modality === 'face' && (perturb === 'all' || isPerturbationName(perturb)));
  if (!modality || !(modality in EVALUATORS) || !data || !perturbOk) {
    console.error(USAGE);
    return 2;
  }
  const evaluate = EVALUATORS[modality]!;
  try {
    process.stdout.write(`${JSON.stringify(await evaluate(data, { perturb }), null, 2)}\n`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runEval(process.argv.slice(2));
}
