import { VOICE_FEATURE_NAMES } from '../../workers/voice/features/layout';

/**
 * Never a model input: every EmoDB file is peak-normalised to 0 dBFS, so its mean level is a crest
 * factor, not loudness (angry sits 2.9 dB under its speaker's mean, sad 3.2 dB over). A model would
 * learn "quieter = angry", the opposite of a real microphone, where level also follows distance. It
 * stays in the vector for the stress indicators and the summary.
 */
export const NOT_LEARNABLE_FROM_EMODB = ['energy_mean_db'];

const indices = (keep: (name: string) => boolean) =>
  VOICE_FEATURE_NAMES.flatMap((name, i) =>
    keep(name) && !NOT_LEARNABLE_FROM_EMODB.includes(name) ? [i] : [],
  );
const isMfcc = (name: string) => name.startsWith('mfcc_');
const coefficient = (name: string) => Number(name.slice(name.lastIndexOf('_') + 1));

/**
 * Candidate inputs for the model, chosen between by leave-one-speaker-out inside the training speakers
 * (fit.ts). 140 utterances cannot pin down 102 weights per class, and MFCCs above ~13 describe fine
 * spectral detail (speaker, microphone, language) more than emotion, so smaller sets are on the menu:
 * the usual 13 MFCCs (means and deviations, or means only) and prosody + coarse log-mel alone.
 * Smallest first, so a tie goes to the simpler model. Every set keeps the 102-wide input: features
 * outside a set get zero weights in the exported model.
 */
export const FEATURE_SETS: Record<string, readonly number[]> = {
  prosody_logmel: indices((name) => !isMfcc(name)),
  mfcc13_means: indices(
    (name) => !isMfcc(name) || (name.startsWith('mfcc_mean_') && coefficient(name) < 13),
  ),
  mfcc13: indices((name) => !isMfcc(name) || coefficient(name) < 13),
  all: indices(() => true),
};
