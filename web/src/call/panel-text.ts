/**
 * The live panel's words: how the person seems and how sure that is, the stress figure, each
 * modality's share of the reading, one line on why, and the hidden-stress notice. Pure, so the
 * sentences are tested without a camera.
 */
import { STRESS_PART_WEIGHTS } from '../../../core/fusion';
import type { FusedReading, Modality, StressParts } from '../../../core/fusion/types';
import { feelingWord } from './feeling-words';

export const NOT_READ_YET = 'Not read yet';

const MODALITY_NAMES: Record<Modality, string> = { face: 'Face', voice: 'Voice', text: 'Words' };
const FROM: Record<Modality, string> = {
  face: 'your face',
  voice: 'your voice',
  text: 'what you wrote',
};
const STRESS_FROM: Record<keyof StressParts, string> = {
  face: 'tension in your face',
  blink: 'blinking faster than usual',
  voice: 'strain in your voice',
  textNegativity: 'what you wrote',
  textRisk: 'worrying words in what you wrote',
  textStress: 'the stress you wrote about',
};

const PART_OF: Record<keyof StressParts, Modality> = {
  face: 'face',
  blink: 'face',
  voice: 'voice',
  textNegativity: 'text',
  textRisk: 'text',
  textStress: 'text',
};

export interface PanelText {
  emotion: string;
  /** 0-100 once something was read; the dial shows it (marked provisional while calibrating). */
  stress: number | null;
  /** "Face 70 % · Words 30 %", or '' before the first reading. */
  shares: string;
  why: string;
  hidden: string | null;
  calibrating: boolean;
}

const percent = (share: number) => `${Math.round(share * 100)} %`;

export function panelText(fused: FusedReading | null, calibrating: boolean): PanelText {
  if (!fused) {
    return {
      emotion: NOT_READ_YET,
      stress: null,
      shares: '',
      why: 'Nothing has been read yet: look at the camera, talk, or write a message.',
      hidden: null,
      calibrating,
    };
  }
  const shares = (Object.entries(fused.weights) as [Modality, number][])
    .filter(([, share]) => share > 0)
    .sort(([, a], [, b]) => b - a);
  // A modality whose emotion did not count (model loading, unsure) may still feed the stress figure.
  const stressOnly = [
    ...new Set(Object.keys(fused.stressParts).map((part) => PART_OF[part as keyof StressParts])),
  ]
    .filter((modality) => !shares.some(([counted]) => counted === modality))
    .map((modality) => `${MODALITY_NAMES[modality]}: stress only`);
  return {
    emotion: emotionLine(fused),
    stress: Math.round(Math.min(100, Math.max(0, fused.stress))),
    shares: [
      ...shares.map(([modality, share]) => `${MODALITY_NAMES[modality]} ${percent(share)}`),
      ...stressOnly,
    ].join(' · '),
    why: whySentence(shares, fused.stressParts),
    hidden: fused.hiddenStress
      ? `There may be more going on than shows: ${lowerFirst(fused.hiddenStress.reason)}`
      : null,
    calibrating: calibrating || fused.calibrating,
  };
}

/**
 * How the person seems. When the signals disagree (hidden stress), the look is named as a look,
 * not as how they feel: "You seem upbeat" over "I'm so stressed" reads as not listening.
 */
function emotionLine(fused: FusedReading): string {
  const feeling = feelingWord(fused.emotion);
  const sure = `${percent(fused.confidence)} sure`;
  return fused.hiddenStress
    ? `Mixed signals: you look ${feeling} (${sure}), but not everything agrees`
    : `You seem ${feeling} (${sure})`;
}

/** One line: where the feeling was read from, and what moves the stress figure most. */
export function whySentence(shares: [Modality, number][], parts: StressParts): string {
  const read =
    shares.length === 0
      ? 'No signal is confident enough to name a feeling yet'
      : `Read mostly from ${FROM[shares[0]![0]]}`;
  const driver = (Object.entries(parts) as [keyof StressParts, number][])
    .map(([part, value]) => [part, value * STRESS_PART_WEIGHTS[part]] as const)
    .sort(([, a], [, b]) => b - a)[0];
  const stress =
    driver && driver[1] > 0.05
      ? `stress comes most from ${STRESS_FROM[driver[0]]}`
      : 'stress looks low';
  return `${read}; ${stress}.`;
}

/** "4:05" for a call of four minutes five seconds; hours when it runs that long. */
export function formatElapsed(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  const mm = Math.floor(seconds / 60) % 60;
  const ss = String(seconds % 60).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  return hours > 0 ? `${hours}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
