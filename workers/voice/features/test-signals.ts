/** Deterministic synthetic signals for the feature tests (no Math.random, so results repeat). */

export function sine(
  hz: number,
  seconds: number,
  sampleRate: number,
  amplitude = 0.3,
): Float32Array {
  return Float32Array.from(
    { length: Math.round(seconds * sampleRate) },
    (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / sampleRate),
  );
}

/** Uniform white noise from a seeded LCG. */
export function noise(
  seconds: number,
  sampleRate: number,
  amplitude: number,
  seed = 1,
): Float32Array {
  let state = seed;
  return Float32Array.from({ length: Math.round(seconds * sampleRate) }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return amplitude * ((state / 2147483648) * 2 - 1);
  });
}

export function mix(a: Float32Array, b: Float32Array): Float32Array {
  return a.map((value, i) => value + (b[i] ?? 0));
}
