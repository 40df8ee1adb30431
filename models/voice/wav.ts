import { readFileSync } from 'node:fs';
import * as wavefileModule from 'wavefile';

// wavefile ships CommonJS to Node (everything under `default`) and ESM to bundlers (named exports).
const { WaveFile } =
  (wavefileModule as unknown as { default?: typeof wavefileModule }).default ?? wavefileModule;

export interface MonoAudio {
  samples: Float32Array;
  sampleRate: number;
}

/** Reads a PCM WAV as mono floats in [-1, 1], averaging channels (one RAVDESS file is stereo). */
export function readWavMono(path: string): MonoAudio {
  const wav = new WaveFile(readFileSync(path));
  wav.toBitDepth('32f');
  const { sampleRate, numChannels } = wav.fmt as { sampleRate: number; numChannels: number };
  const raw = wav.getSamples(true, Float64Array) as unknown as Float64Array;
  const length = Math.floor(raw.length / numChannels);
  const samples = new Float32Array(length);
  for (let i = 0; i < length; i++) {
    let sum = 0;
    for (let c = 0; c < numChannels; c++) sum += raw[i * numChannels + c]!;
    samples[i] = sum / numChannels;
  }
  return { samples, sampleRate };
}
