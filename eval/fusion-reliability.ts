/**
 * `npm run fusion:reliability`: regenerates core/fusion/reliability.json, fusion's trust in each
 * modality, from the JSON that `npm run eval` printed on dev or validation data (never the test
 * sets fusion is scored on, where a dev set exists):
 *   npm run -s eval -- face  --data ../shared/data/face/fer2013_test > .tmp/eval/face-fer2013_test.json
 *   npm run -s eval -- voice --data ../shared/data/speech > .tmp/eval/voice-speech.json
 *   npm run -s eval -- text  --data ../shared/data/text/goemotions/ekman/dev.tsv > .tmp/eval/text-goemotions-dev.json
 * Reliability is the accuracy of the reading the app uses: face, the worker's fused reading; voice,
 * EmoDB leave-one-speaker-out (each speaker unseen by its fold's model); text, the classifier
 * combined with sentiment on GoEmotions dev. Face has no dev set: FER2013 test is used because
 * eval fusion scores FER+ test (largely the same photos, relabelled by ten annotators; one number
 * per modality is all that is taken from it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { ReliabilityFile } from '../core/fusion/reliability';

const OUT = fileURLToPath(new URL('../core/fusion/reliability.json', import.meta.url));

const SOURCES = {
  face: {
    file: '.tmp/eval/face-fer2013_test.json',
    command: 'npm run -s eval -- face --data ../shared/data/face/fer2013_test',
    set: 'FER2013 test crops (679); no face dev set exists',
    read: (json: { accuracy?: number }) => json.accuracy,
    path: 'accuracy',
  },
  voice: {
    file: '.tmp/eval/voice-speech.json',
    command: 'npm run -s eval -- voice --data ../shared/data/speech',
    set: 'EmoDB leave-one-speaker-out (validation: each speaker unseen by its model)',
    read: (json: { emodb_loso?: { emotion?: { accuracy?: number } } }) =>
      json.emodb_loso?.emotion?.accuracy,
    path: 'emodb_loso.emotion.accuracy',
  },
  text: {
    file: '.tmp/eval/text-goemotions-dev.json',
    command: 'npm run -s eval -- text --data ../shared/data/text/goemotions/ekman/dev.tsv',
    set: 'GoEmotions-Ekman dev, single-label rows',
    read: (json: { combined?: { accuracy?: number } }) => json.combined?.accuracy,
    path: 'combined.accuracy',
  },
} as const;

type Name = keyof typeof SOURCES;

/** Reads each eval output and returns the file's new contents; throws on a missing or odd file. */
export function reliabilityFrom(files: Record<Name, string>): ReliabilityFile {
  const reliability = {} as Record<Name, number>;
  const sources: Record<string, unknown> = {};
  for (const name of Object.keys(SOURCES) as Name[]) {
    const source = SOURCES[name];
    const json = JSON.parse(readFileSync(files[name], 'utf8'));
    const value = (source.read as (json: unknown) => number | undefined)(json);
    if (typeof value !== 'number' || !(value > 0 && value <= 1)) {
      throw new Error(
        `${files[name]}: no ${source.path} between 0 and 1 (is it ${name} eval output?)`,
      );
    }
    reliability[name] = value;
    sources[name] = { command: source.command, set: source.set, field: source.path, value };
  }
  return {
    generated_by: 'npm run fusion:reliability (eval/fusion-reliability.ts)',
    metric: 'accuracy of the reading the app uses, on dev/validation data',
    reliability,
    sources,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      face: { type: 'string', default: SOURCES.face.file },
      voice: { type: 'string', default: SOURCES.voice.file },
      text: { type: 'string', default: SOURCES.text.file },
    },
  });
  const file = reliabilityFrom(values as Record<Name, string>);
  writeFileSync(OUT, `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(file.reliability)}\n`);
}
