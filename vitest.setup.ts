/**
 * Every fast-check property runs from one fixed seed, so a failure on CI fails the same way on a
 * laptop. FC_SEED picks another one (to explore, or to replay a reported failure).
 */
import fc from 'fast-check';
import { beforeEach } from 'vitest';

const seed = Number(process.env.FC_SEED ?? 20_261_202);
fc.configureGlobal({ seed });

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => console.error(`fast-check seed ${seed} (rerun with FC_SEED=${seed})`));
});
