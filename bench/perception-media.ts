/**
 * What `bench:perception` needs before it starts: the tools and the built app with its models, and
 * the fake camera and microphone files, made in a temp folder and never committed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const VIDEOS = new URL('../../shared/data/face/videos/', import.meta.url).pathname;
export const CLIP = 'WolfgangLanger_Pexels.mp4';
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Served from dist/, so the build must have been made after `npm run models`. */
const BUILT = [
  'dist/index.html',
  'dist/models/face_landmarker.task',
  'dist/models/face-expression.onnx',
  'dist/models/voice-emotion.onnx',
  'dist/models/vad/silero_vad_v5.onnx',
  'dist/models/text/rivion-text-emotion/onnx/model.onnx',
  'dist/models/ort-transformers/ort-wasm-simd-threaded.asyncify.wasm',
];

/** Sentences of different length and mood, spoken by different voices with a pause after each. */
const SPEECH: [voice: string, text: string][] = [
  ['en-us', 'I have had a really long week at work, and the deadlines keep moving.'],
  ['en-gb', 'Still, I went for a walk this morning, and that helped a little.'],
  ['en-us+f3', 'Honestly I am so happy today, everything just worked out!'],
  ['en-us+m3', 'I am not sleeping well. I wake up at three and my mind starts racing.'],
  ['en-gb+f2', 'My sister called last night and we laughed for an hour.'],
  ['en-us', 'Why does this always happen to me? I am tired of it.'],
  ['en-gb+m2', 'The train was late again, so I missed the first meeting.'],
  ['en-us+f4', 'We are planning a small trip to the coast next month.'],
  ['en-us', 'I feel a bit anxious about the exam, but I have prepared.'],
  ['en-gb', 'Please, just give me a minute. I need to think about this.'],
  ['en-us+m1', 'That is wonderful news, congratulations to both of you!'],
  ['en-us+f3', 'I do not know. Some days are fine and some days are heavy.'],
  ['en-gb+f2', 'The doctor said the results look normal, which is a relief.'],
  ['en-us', 'Money is tight this month, and the rent went up again.'],
  ['en-us+m3', 'I shouted at my colleague today and I regret it.'],
  ['en-gb', 'Tomorrow I will start earlier and keep the evening free.'],
  ['en-us+f4', 'It was quiet at home, just the rain and a cup of tea.'],
  ['en-us', 'Wait, what? They cancelled the whole project without telling us?'],
];

function has(command: string, args: string[]): boolean {
  return !spawnSync(command, args, { stdio: 'ignore' }).error;
}

/** Every reason the bench cannot run, as sentences; empty when it can. */
export function missingPrerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM)) missing.push(`Chromium not found at ${CHROMIUM} (set CHROMIUM_PATH)`);
  if (!has('ffmpeg', ['-version'])) missing.push('ffmpeg is not installed (makes the fake camera)');
  for (const tool of ['espeak-ng', 'sox']) {
    if (!has(tool, ['--version'])) missing.push(`${tool} is not installed (makes the fake mic)`);
  }
  if (!existsSync(join(VIDEOS, CLIP)))
    missing.push(`the face clip ${join(VIDEOS, CLIP)} is missing`);
  const absent = BUILT.filter((file) => !existsSync(file));
  if (absent.length) {
    missing.push(
      `the built app lacks ${absent.join(', ')}: run ` +
        '`RIVION_MODELS_DIR=../shared/models npm run models` then `npx vite build`',
    );
  }
  return missing;
}

/** Chromium's fake camera reads .y4m only; it loops the file. 640×360 at 15 fps, the whole clip. */
export function makeCameraClip(dir: string): string {
  const out = join(dir, 'camera.y4m');
  const vf = 'scale=640:360';
  execFileSync(
    'ffmpeg',
    ['-loglevel', 'error', '-y', '-i', join(VIDEOS, CLIP)].concat([
      '-pix_fmt',
      'yuv420p',
      '-r',
      '15',
      '-vf',
      vf,
      out,
    ]),
  );
  return out;
}

/** About a minute of espeak-ng speech at 48 kHz mono; Chromium's fake mic loops it. */
export function makeSpeech(dir: string): { wav: string; seconds: number } {
  const parts = SPEECH.map(([voice, text], i) => {
    const raw = join(dir, `line-${i}.wav`);
    const padded = join(dir, `line-${i}-padded.wav`);
    const speed = String(140 + ((i * 7) % 40));
    execFileSync('espeak-ng', [
      '-v',
      voice,
      '-s',
      speed,
      '-p',
      String(35 + ((i * 11) % 35)),
      '-w',
      raw,
      text,
    ]);
    // Pauses of 0.6-1.2 s, so the VAD sees phrases end and segments vary in length.
    execFileSync('sox', [raw, padded, 'pad', '0', (0.6 + (i % 4) * 0.2).toFixed(1)]);
    return padded;
  });
  const wav = join(dir, 'speech.wav');
  execFileSync('sox', [...parts, '-r', '48000', '-c', '1', wav]);
  const seconds = Number(execFileSync('soxi', ['-D', wav]).toString().trim());
  return { wav, seconds };
}
