/** Property tests in every folder draw from the seed vitest.setup.ts fixes, not from the clock. */
import fc from 'fast-check';
import { expect, it } from 'vitest';

it('runs fast-check from one fixed seed', () => {
  const first = fc.check(fc.property(fc.integer(), () => true));
  const second = fc.check(fc.property(fc.integer(), () => true));
  expect(first.seed).toBe(Number(process.env.FC_SEED ?? 20_261_202));
  expect(second.seed).toBe(first.seed);
});
