/** The small statistics the estimate needs, on plain number arrays. */

export const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Population standard deviation (the spread of what was observed, not an estimate of more). */
export function standardDeviation(values: readonly number[]): number {
  const centre = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - centre) ** 2)));
}

/** Least-squares slope of `values` against their index 0, 1, 2…; 0 for fewer than two values. */
export function leastSquaresSlope(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const xMean = (values.length - 1) / 2;
  const yMean = mean(values);
  let covariance = 0;
  let variance = 0;
  values.forEach((y, x) => {
    covariance += (x - xMean) * (y - yMean);
    variance += (x - xMean) ** 2;
  });
  return covariance / variance;
}

export const roundTo = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};
