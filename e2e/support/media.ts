/**
 * Fake cameras and microphones from real media. For Chromium: a face clip as .y4m (the only video
 * format its fake camera reads; it loops the file) and espeak-ng speech as a 48 kHz mono WAV. For
 * Firefox and WebKit, whose fake devices only make a pattern and a tone, the same clip as small
 * JPEG frames and the same speech as a smaller WAV, which a test hands to the page (page-media.ts).
 * All are made once per content and kept under os.tmpdir(), keyed by a hash of everything that
 * goes into them, so a second test or bench run starts at once. Never committed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
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

/**
 * Makes `name` (a file or a folder) in the cache with `make(tempPath)` unless it is there; a crash
 * leaves no half file.
 */
function cached(name: string, make: (path: string) => void): string {
  mkdirSync(CACHE, { recursive: true });
  const path = join(CACHE, name);
  if (existsSync(path)) return path;
  // The tools tell formats by the extension, so the partial keeps it (a folder has none).
  const extension = /\.\w+$/.exec(name)?.[0] ?? '';
  const partial = `${path}.${process.pid}.partial${extension}`;
  try {
    make(partial);
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true, recursive: true });
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

/** The clip's crying (0-6 s, before a hand covers her face) and its laughing (10.5-19.5 s). */
const CRYING_THEN_LAUGHING =
  'split[s][h];[s]trim=0:6,setpts=PTS-STARTPTS[sad];' +
  '[h]trim=10.5:19.5,setpts=PTS-STARTPTS[happy];[sad][happy]concat=n=2';
const CRYING_SECONDS = 6;

export interface FaceFrames {
  /** Base64 JPEGs in playing order: crying first, then laughing. */
  frames: string[];
  fps: number;
  width: number;
  height: number;
  /** How many of `frames` show her crying; the rest show her laughing. */
  crying: number;
}

/**
 * The clip's crying then laughing as JPEG frames, 480x270 at 8 fps by default (about 15 kB each):
 * small enough to pass through a WebDriver script call, large enough that the face worker, which
 * reads at most 640 px wide, still finds the face and its expression.
 */
export function faceFrames({ fps = 8, width = 480 } = {}): FaceFrames {
  const source = join(VIDEOS, CRY_THEN_LAUGH);
  const height = Math.round((width * 9) / 16 / 2) * 2;
  const graph = `${CRYING_THEN_LAUGHING},fps=${fps},scale=${width}:${height}`;
  const key = hashOf(readFileSync(source), graph);
  const folder = cached(`face-frames-${width}px-${fps}fps-${key}`, (out) => {
    mkdirSync(out);
    execFileSync('ffmpeg', [
      ...['-loglevel', 'error', '-y', '-i', source, '-an'],
      ...['-filter_complex', graph, '-q:v', '4', join(out, '%04d.jpg')],
    ]);
  });
  const files = readdirSync(folder).sort();
  const frames = files.map((file) => readFileSync(join(folder, file)).toString('base64'));
  return { frames, fps, width, height, crying: Math.round(CRYING_SECONDS * fps) };
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
 * a mono WAV, 48 kHz by default for `--use-file-for-fake-audio-capture` (Chromium loops it); a
 * page that plays it itself can take 16 kHz, a third of the bytes.
 */
export function speechWav(rate = 48_000): { wav: string; seconds: number } {
  const version = execFileSync('espeak-ng', ['--version']).toString();
  const key = hashOf(version, JSON.stringify(SPEECH), String(rate));
  const wav = cached(`speech-${rate}-${key}.wav`, (out) => {
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
      execFileSync('sox', [...parts, '-r', String(rate), '-c', '1', out]);
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
