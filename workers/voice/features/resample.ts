/**
 * Band-limited resampling by windowed-sinc interpolation from a precomputed kernel table.
 * Browsers can record at 16 kHz directly, so this mostly serves files (EmoDB 22.05 kHz, RAVDESS 48 kHz).
 */

const HALF_TAPS = 16;
const PHASES = 256;

function kernelTable(cutoff: number): Float32Array {
  // Rows are fractional phases, columns the 2 * HALF_TAPS taps; Blackman window keeps stop-band leakage low.
  const table = new Float32Array((PHASES + 1) * 2 * HALF_TAPS);
  for (let phase = 0; phase <= PHASES; phase++) {
    const fraction = phase / PHASES;
    for (let tap = 0; tap < 2 * HALF_TAPS; tap++) {
      const t = tap - HALF_TAPS + 1 - fraction;
      const x = Math.PI * cutoff * t;
      const sinc = t === 0 ? 1 : Math.sin(x) / x;
      const w = (t + HALF_TAPS) / (2 * HALF_TAPS);
      const blackman = 0.42 - 0.5 * Math.cos(2 * Math.PI * w) + 0.08 * Math.cos(4 * Math.PI * w);
      table[phase * 2 * HALF_TAPS + tap] = cutoff * sinc * Math.max(0, blackman);
    }
  }
  return table;
}

const tables = new Map<number, Float32Array>();

/** Resamples mono audio; anti-aliases when going down (cut-off at 95 % of the lower Nyquist). */
export function resample(samples: Float32Array, fromRate: number, toRate: number): Float32Array {
  if (fromRate === toRate) return samples.slice();
  const step = fromRate / toRate;
  const cutoff = Math.min(1, 1 / step) * 0.95;
  let table = tables.get(cutoff);
  if (!table) tables.set(cutoff, (table = kernelTable(cutoff)));
  const outLength = Math.floor(samples.length / step);
  const out = new Float32Array(outLength);
  const width = 2 * HALF_TAPS;
  for (let i = 0; i < outLength; i++) {
    const position = i * step;
    const base = Math.floor(position);
    const row = Math.round((position - base) * PHASES) * width;
    let sum = 0;
    const first = base - HALF_TAPS + 1;
    for (let tap = 0; tap < width; tap++) {
      const index = first + tap;
      if (index >= 0 && index < samples.length) sum += samples[index]! * table[row + tap]!;
    }
    out[i] = sum;
  }
  return out;
}
