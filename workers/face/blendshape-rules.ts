/**
 * Emotion from MediaPipe blendshapes by FACS-style rules (Ekman & Friesen's prototypes, EMFACS):
 * each emotion is the mean of the action units that define it, mapped to the closest blendshapes.
 * Fixed a priori from the FACS prototypes; nothing here was fitted to data.
 */
import { EMOTIONS, type Emotion } from '../../core/emotions';
import type { EmotionProbabilities } from './reading';

export type Blendshapes = Readonly<Record<string, number>>;

const both = (b: Blendshapes, name: string) =>
  ((b[`${name}Left`] ?? 0) + (b[`${name}Right`] ?? 0)) / 2;
const one = (b: Blendshapes, name: string) => b[name] ?? 0;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Action units as blendshape activations, 0-1. */
export function actionUnits(b: Blendshapes) {
  return {
    au1InnerBrowRaise: one(b, 'browInnerUp'),
    au2OuterBrowRaise: both(b, 'browOuterUp'),
    au4BrowLower: both(b, 'browDown'),
    au5UpperLidRaise: both(b, 'eyeWide'),
    au6CheekRaise: both(b, 'cheekSquint'),
    au7LidTighten: both(b, 'eyeSquint'),
    au9NoseWrinkle: both(b, 'noseSneer'),
    au10UpperLipRaise: both(b, 'mouthUpperUp'),
    au12LipCornerPull: both(b, 'mouthSmile'),
    au15LipCornerDepress: both(b, 'mouthFrown'),
    au17ChinRaise: one(b, 'mouthShrugLower'),
    au20LipStretch: both(b, 'mouthStretch'),
    au24LipPress: both(b, 'mouthPress'),
    au26JawDrop: one(b, 'jawOpen'),
  };
}

/** Prototype activation per emotion (neutral = the absence of all of them). */
export function emotionEvidence(b: Blendshapes): Record<Exclude<Emotion, 'neutral'>, number> {
  const au = actionUnits(b);
  return {
    happy: mean([au.au6CheekRaise, au.au12LipCornerPull, au.au12LipCornerPull]),
    sad: mean([au.au1InnerBrowRaise, au.au4BrowLower, au.au15LipCornerDepress, au.au17ChinRaise]),
    surprised: mean([
      au.au1InnerBrowRaise,
      au.au2OuterBrowRaise,
      au.au5UpperLidRaise,
      au.au26JawDrop,
    ]),
    fearful: mean([au.au1InnerBrowRaise, au.au4BrowLower, au.au5UpperLidRaise, au.au20LipStretch]),
    angry: mean([au.au4BrowLower, au.au7LidTighten, au.au24LipPress]),
    disgusted: mean([au.au9NoseWrinkle, au.au10UpperLipRaise, au.au15LipCornerDepress]),
  };
}

// Evidence of 0.3 (a clearly visible action) is 3 temperature units: e^3 ≈ 20× the baseline.
const TEMPERATURE = 0.1;
// Neutral competes as a constant: a face with no action unit above ~0.15 reads neutral.
const NEUTRAL_SCORE = 0.15;

/** Softmax over the rule scores, in EMOTIONS order. */
export function blendshapeEmotion(b: Blendshapes): EmotionProbabilities {
  const evidence = emotionEvidence(b);
  const scores = EMOTIONS.map((e) => (e === 'neutral' ? NEUTRAL_SCORE : evidence[e]) / TEMPERATURE);
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((sum, v) => sum + v, 0);
  return Object.fromEntries(EMOTIONS.map((e, i) => [e, exp[i]! / total])) as EmotionProbabilities;
}
