/**
 * `eval fusion`: fusion measured on pairs built from the shared sets, with the real face, voice and
 * text models' outputs for each sample (eval/fusion-outputs.ts caches them). How the pairs are built
 * and why: eval/data/FUSION-PAIRS.md. Three results:
 * (a) RAVDESS speech with its own neutral sentence (and, separately, one of ours): fused accuracy
 *     against voice alone; the target is a loss of at most 0.01 (an uninformative modality must
 *     not hurt).
 * (b) face crops with a message of the same label: fused accuracy against the better single one.
 * (c) a happy face with a sad or a risky message: how often hidden stress is flagged; and how often
 *     it is flagged on the agreeing pairs of (b) (false alarms).
 * `--split test` (default) scores FER+ test crops, GoEmotions-Ekman test, RAVDESS and the fifth
 * held-out safety set; `--split dev` scores FER2013 test crops, GoEmotions dev and the safety dev
 * set, the only data anything in core/fusion was looked at against (RAVDESS has no dev part, so
 * (a) is test only).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMOTIONS, type Emotion } from '../core/emotions';
import { EMPTY_BASELINE } from '../core/fusion/calibration';
import { topEmotion } from '../core/fusion/circumplex';
import { fuseReadings } from '../core/fusion/fuse';
import { textReading } from '../core/fusion/from-text';
import type {
  Baseline,
  EmotionProbabilities,
  FusedReading,
  ModalityReading,
} from '../core/fusion/types';
import { analyzeText } from '../core/text/analyze';
import { readGoEmotions, singleLabel } from '../models/text/datasets';
import { classificationReport, headline, round3 } from './metrics';
import { faceOutputs, ravdessVoiceOutputs, textOutputs, type FaceOutput } from './fusion-outputs';
import { readLabels } from './face';
import { NEUTRAL_SENTENCES, ravdessStatements, textDealer } from './fusion-pairs';
import { readSafetyCsv } from './safety';

const EVAL_DATA = fileURLToPath(new URL('./data/', import.meta.url));
const NOW = 1_800_000_000_000;
const SEED = 20_261_203;
/** No history and no first minute: eval pairs are single moments. */
const BASELINE: Baseline = { ...EMPTY_BASELINE, samples: 100 };

export type FusionSplit = 'dev' | 'test';

const SPLITS = {
  test: {
    faces: 'face/ferplus_test',
    messages: 'text/goemotions/ekman/test.tsv',
    risky: 'safety-holdout-5.csv',
  },
  dev: {
    faces: 'face/fer2013_test',
    messages: 'text/goemotions/ekman/dev.tsv',
    risky: 'safety-dev.csv',
  },
} as const;

const confidenceOf = (p: EmotionProbabilities) => Math.max(...EMOTIONS.map((e) => p[e]));

function faceReading(face: FaceOutput): ModalityReading {
  return {
    modality: 'face',
    probabilities: face.probabilities,
    confidence: confidenceOf(face.probabilities),
    ...(face.valence === null ? {} : { valence: face.valence }),
    ...(face.arousal === null ? {} : { arousal: face.arousal }),
    quality: 1,
    at: NOW,
  };
}

function messageReading(text: string, probabilities: EmotionProbabilities): ModalityReading {
  return textReading({ text, analysis: analyzeText(text), probabilities, at: NOW });
}

const fuse = (readings: Partial<Record<'face' | 'voice' | 'text', ModalityReading>>) =>
  fuseReadings({ readings, baseline: BASELINE, now: NOW });

const score = (truth: Emotion[], predicted: Emotion[]) =>
  headline(classificationReport(EMOTIONS, truth, predicted));

/** Texts and their model outputs, in one batch through the text model. */
async function withOutputs(texts: string[]): Promise<Map<string, EmotionProbabilities>> {
  const unique = [...new Set(texts)];
  const outputs = await textOutputs(unique);
  return new Map(unique.map((t, i) => [t, outputs[i]!]));
}

function flagSummary(fused: FusedReading[]) {
  const patterns: Record<string, number> = {};
  for (const f of fused) {
    if (f.hiddenStress)
      patterns[f.hiddenStress.pattern] = (patterns[f.hiddenStress.pattern] ?? 0) + 1;
  }
  const flagged = fused.filter((f) => f.hiddenStress).length;
  return { n: fused.length, flagged, rate: round3(flagged / Math.max(1, fused.length)), patterns };
}

/** (a): every RAVDESS file of the six classes EmoDB knows, with its own sentence and with one of ours. */
async function uninformativeText(dataDir: string) {
  const speechDir = join(dataDir, 'speech');
  const voice = (await ravdessVoiceOutputs(speechDir)).filter((v) => v.truth !== 'surprised');
  const statements = ravdessStatements(speechDir);
  const ours = voice.map((_, i) => NEUTRAL_SENTENCES[i % NEUTRAL_SENTENCES.length]!);
  const own = voice.map((v) => statements.get(v.file)!);
  const texts = await withOutputs([...own, ...ours]);
  const truth = voice.map((v) => v.truth);
  const voiceOnly = voice.map((v) => topEmotion(v.probabilities));
  const fusedWith = (sentences: string[]) =>
    voice.map(
      (v, i) =>
        fuse({
          voice: {
            modality: 'voice',
            probabilities: v.probabilities,
            confidence: confidenceOf(v.probabilities),
            quality: 1,
            at: NOW,
          },
          text: messageReading(sentences[i]!, texts.get(sentences[i]!)!),
        }).emotion,
    );
  const alone = score(truth, voiceOnly);
  const withOwn = score(truth, fusedWith(own));
  const withOurs = score(truth, fusedWith(ours));
  const textTop = Object.fromEntries(
    [...new Set([...own, ...ours])].map((t) => [t, topEmotion(texts.get(t)!)]),
  );
  return {
    n: voice.length,
    voice_only: alone,
    fused_with_ravdess_statement: withOwn,
    fused_with_our_neutral_sentences: withOurs,
    accuracy_change: {
      ravdess_statement: round3(withOwn.accuracy - alone.accuracy),
      our_sentences: round3(withOurs.accuracy - alone.accuracy),
    },
    target: 'fused accuracy ≥ voice only − 0.01',
    met: withOwn.accuracy >= alone.accuracy - 0.01 && withOurs.accuracy >= alone.accuracy - 0.01,
    text_model_reads_the_sentences_as: textTop,
  };
}

/** (b) and (c). */
async function facesWithMessages(dataDir: string, split: FusionSplit) {
  const paths = SPLITS[split];
  const faceDir = join(dataDir, paths.faces);
  const faces = await faceOutputs(faceDir, readLabels(faceDir).samples);
  const messages = singleLabel(readGoEmotions(join(dataDir, paths.messages)));
  const pools: Partial<Record<Emotion, string[]>> = {};
  for (const m of messages) (pools[m.labels[0]!] ??= []).push(m.text);
  const deal = textDealer(pools, SEED);
  const risky = (await readSafetyCsv(join(EVAL_DATA, paths.risky)))
    .filter((r) => r.level !== 'none')
    .map((r) => r.text);
  const dealRisky = textDealer({ sad: risky }, SEED + 1);

  const agreeing = faces.map((f) => deal(f.truth));
  const happy = faces.filter((f) => f.truth === 'happy');
  const sadTexts = happy.map(() => deal('sad'));
  const riskyTexts = happy.map(() => dealRisky('sad'));
  const texts = await withOutputs([...agreeing, ...sadTexts, ...riskyTexts]);
  const pair = (face: FaceOutput, text: string) =>
    fuse({ face: faceReading(face), text: messageReading(text, texts.get(text)!) });

  const truth = faces.map((f) => f.truth);
  const fusedAgreeing = faces.map((f, i) => pair(f, agreeing[i]!));
  const faceOnly = score(
    truth,
    faces.map((f) => topEmotion(f.probabilities)),
  );
  const textOnly = score(
    truth,
    agreeing.map((t) => topEmotion(texts.get(t)!)),
  );
  const fused = score(
    truth,
    fusedAgreeing.map((f) => f.emotion),
  );
  const better = Math.max(faceOnly.accuracy, textOnly.accuracy);
  return {
    same_label: {
      n: faces.length,
      faces: paths.faces,
      messages: paths.messages,
      face_only: faceOnly,
      text_only: textOnly,
      fused,
      margin_over_better_single: round3(fused.accuracy - better),
      target: 'fused accuracy > the better single modality',
      met: fused.accuracy > better,
      mean_share: {
        face: round3(
          fusedAgreeing.reduce((s, f) => s + (f.weights.face ?? 0), 0) / fusedAgreeing.length,
        ),
        text: round3(
          fusedAgreeing.reduce((s, f) => s + (f.weights.text ?? 0), 0) / fusedAgreeing.length,
        ),
      },
    },
    hidden_stress: {
      happy_face_sad_text: flagSummary(happy.map((f, i) => pair(f, sadTexts[i]!))),
      happy_face_risky_text: {
        ...flagSummary(happy.map((f, i) => pair(f, riskyTexts[i]!))),
        risky_texts: `${paths.risky}, elevated and severe rows (${risky.length})`,
      },
      false_alarms_agreeing_pairs: flagSummary(fusedAgreeing),
      false_alarms_happy_face_happy_text: flagSummary(
        faces.flatMap((f, i) => (f.truth === 'happy' ? [fusedAgreeing[i]!] : [])),
      ),
    },
  };
}

/** `npm run eval -- fusion --data ../shared/data [--split dev|test]`. */
export async function evaluateFusion(
  dataDir: string,
  { split = 'test' }: { split?: string } = {},
): Promise<unknown> {
  if (split !== 'dev' && split !== 'test') throw new Error(`unknown split: ${split}`);
  const { same_label, hidden_stress } = await facesWithMessages(dataDir, split);
  return {
    split,
    a_voice_with_neutral_text: split === 'test' ? await uninformativeText(dataDir) : 'test only',
    b_face_with_same_label_text: same_label,
    c_hidden_stress: hidden_stress,
    notes: [
      'Per-sample outputs of the real models (face worker in Chromium, voice model fitted on EmoDB, text model + sentiment) are cached in .tmp/fusion-cache/.',
      'Pairs: eval/data/FUSION-PAIRS.md. Reliability weights: core/fusion/reliability.json (dev/validation results).',
      'Single-modality accuracy is the argmax of that modality’s probabilities over all seven classes.',
    ],
  };
}
