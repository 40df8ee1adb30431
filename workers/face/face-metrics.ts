/** Eye openness and muscle tension from blendshapes, each 0-1. */
import type { Blendshapes } from './blendshape-rules';

const both = (b: Blendshapes, name: string) =>
  ((b[`${name}Left`] ?? 0) + (b[`${name}Right`] ?? 0)) / 2;
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

export function blinkScore(b: Blendshapes): number {
  return both(b, 'eyeBlink');
}

export function faceMetrics(b: Blendshapes) {
  return {
    eyeOpenness: clamp01(1 - both(b, 'eyeBlink') + 0.5 * both(b, 'eyeWide')),
    // Corrugator (AU4) with lid tightening (AU7): the frown of effort or strain.
    browTension: clamp01(0.7 * both(b, 'browDown') + 0.3 * both(b, 'eyeSquint')),
    // Pressed lips with a closed jaw: clenching. An open mouth is not tense.
    jawTension: clamp01(both(b, 'mouthPress') * (1 - (b.jawOpen ?? 0)) + 0.5 * (b.mouthClose ?? 0)),
  };
}
