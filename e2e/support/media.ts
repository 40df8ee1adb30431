/**
 * Chromium's fake camera and microphone from real media: a face clip as .y4m (the only video
 * format the fake camera reads; it loops the file) and espeak-ng speech as a 48 kHz mono WAV.
 * Both are made once per content and kept under os.tmpdir(), keyed by a hash of everything that
 * goes into them, so a second test or bench run starts at once. Never committed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedData } from '../../models/shared-data';

/** The shared face clips. */
export const VIDEOS = sharedData('face', 'videos');
/** 0-9.5 s crying (a hand over the face 3-9 s), 10-19.7 s laughing; 640x360, 23.976 fps. */
export const CRY_THEN_LAUGH = 'WolfgangLanger_Pexels.mp4';
const CACHE = join(tmpdir(), 'rivion-media');

export interface ClipOptions {
  clip?: string;
  fps?: number;
  width?: number;
  height?: number;
  /** An ffmpeg filter graph run before the scaling (trim, loop, reverse...). */
  filter?: string;
}

/** Sentences of different length and mood, spoken by different voices with a pause after each. */
export const SPEECH: readonly [voice: string, text: string][] = [
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

function hashOf(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Makes `name` in the cache with `make(tempPath)` unless it is there; a crash leaves no half file. */
function cached(name: string, make: (path: string) => void): string {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, name);
  if (existsSync(path)) return path;
  const partial = `${path}.${process.pid}.partial${name.slice(name.lastIndexOf('.'))}`;
  try {
    make(partial);
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
  return path;
}

/** The clip as a .y4m for `--use-file-for-fake-video-capture` (640x360 at 15 fps by default). */
export function cameraClip(options: ClipOptions = {}): string {
  const { clip = CRY_THEN_LAUGH, fps = 15, width = 640, height = 360, filter } = options;
  const source = join(VIDEOS, clip);
  const scale = `scale=${width}:${height}`;
  const graph = filter ? `${filter},${scale}` : scale;
  const key = hashOf(readFileSync(source), String(fps), graph);
  return cached(`${clip.replace(/\.\w+$/, '')}-${width}x${height}-${fps}fps-${key}.y4m`, (out) =>
    execFileSync('ffmpeg', [
      '-loglevel',
      'error',
      '-y',
      '-i',
      source,
      '-an',
      '-vf',
      graph,
      '-r',
      String(fps),
      '-pix_fmt',
      'yuv420p',
      out,
    ]),
  );
}

/** Seconds of a media file, as ffprobe reads them. */
export function durationOf(path: string): number {
  return Number(
    execFileSync('ffprobe', [
      '-v',
      'error',
      '-show_entries',
      'format=duration',
      '-of',
      'csv=p=0',
      path,
    ])
      .toString()
      .trim(),
  );
}

/**
 * About a minute of espeak-ng speech (SPEECH, pauses of 0.6-1.2 s so the VAD sees phrases end) as
 * a 48 kHz mono WAV for `--use-file-for-fake-audio-capture`; Chromium loops it.
 */
export function speechWav(): { wav: string; seconds: number } {
  const version = execFileSync('espeak-ng', ['--version']).toString();
  const wav = cached(`speech-${hashOf(version, JSON.stringify(SPEECH))}.wav`, (out) => {
    const dir = mkdtempSync(join(CACHE, 'speech-'));
    try {
      const parts = SPEECH.map(([voice, text], i) => {
        const raw = join(dir, `line-${i}.wav`);
        const padded = join(dir, `line-${i}-padded.wav`);
        const speed = String(140 + ((i * 7) % 40));
        const pitch = String(35 + ((i * 11) % 35));
        execFileSync('espeak-ng', ['-v', voice, '-s', speed, '-p', pitch, '-w', raw, text]);
        execFileSync('sox', [raw, padded, 'pad', '0', (0.6 + (i % 4) * 0.2).toFixed(1)]);
        return padded;
      });
      execFileSync('sox', [...parts, '-r', '48000', '-c', '1', out]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return { wav, seconds: durationOf(wav) };
}

/** The Chromium flags that make these files the camera and the microphone, with no prompt. */
export function fakeMediaArgs(media: { video?: string; audio?: string }): string[] {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    ...(media.video ? [`--use-file-for-fake-video-capture=${media.video}`] : []),
    ...(media.audio ? [`--use-file-for-fake-audio-capture=${media.audio}`] : []),
    '--autoplay-policy=no-user-gesture-required',
  ];
}
