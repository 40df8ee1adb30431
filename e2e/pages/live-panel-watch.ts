/**
 * Watches the call's live panel as a person would, every half second, while the page's camera
 * plays the crying-then-laughing clip (support/page-media.ts): what it was read from, how the
 * person seemed, and how far the microphone meter moved. It stops as soon as everything a test
 * asks for has shown, or after `timeout`; the timeline is printed either way.
 */
import { pageMediaState } from '../support/page-media';
import { byTestId, type CrossBrowserApp } from './cross-browser';

export interface LivePanelSeen {
  /** The first "Read from" line that named the face with a share, or ''. */
  face: string;
  /** The first "Read from" line that named the voice, or ''. */
  voice: string;
  happyWhileLaughing: boolean;
  /** The highest value the microphone meter showed, 0-100. */
  loudest: number;
  /** The sentences saying a modality is off ("Reading your face stopped working…"), if any. */
  notes: string[];
}

interface Sample {
  seconds: number;
  part: string;
  emotion: string;
  shares: string;
  level: number;
}

/** Keeps the page's console errors (the app says there why a modality turned off). */
export function recordConsoleErrors(app: CrossBrowserApp): Promise<void> {
  return app.tab.evaluate(() => {
    const errors: string[] = [];
    (window as unknown as { consoleErrors: string[] }).consoleErrors = errors;
    const error = console.error.bind(console);
    console.error = (...args: unknown[]) => {
      errors.push(args.map(String).join(' '));
      error(...args);
    };
  });
}

function consoleErrors(app: CrossBrowserApp): Promise<string[]> {
  return app.tab.evaluate(
    () => (window as unknown as { consoleErrors?: string[] }).consoleErrors ?? [],
  );
}

function readPanel(app: CrossBrowserApp): Promise<Omit<Sample, 'seconds' | 'part'>> {
  return app.tab.evaluate(
    (emotion: string, shares: string, meter: string) => ({
      emotion: document.querySelector(emotion)?.getAttribute('data-emotion') ?? '',
      shares: (document.querySelector(shares) as HTMLElement | null)?.innerText ?? '',
      level: Number(document.querySelector(meter)?.getAttribute('data-level') ?? 0),
    }),
    byTestId('call-emotion'),
    byTestId('call-shares'),
    byTestId('call-mic-level'),
  );
}

/** Which modalities the test waits for (an engine that cannot read one says so in a note). */
export interface Wanted {
  face: boolean;
  voice: boolean;
}

export async function watchLivePanel(
  app: CrossBrowserApp,
  engine: string,
  wanted: Wanted,
  timeout = 240_000,
): Promise<LivePanelSeen> {
  const seen: LivePanelSeen = {
    face: '',
    voice: '',
    happyWhileLaughing: false,
    loudest: 0,
    notes: [],
  };
  const samples: Sample[] = [];
  const started = Date.now();
  const done = () =>
    (!wanted.face || (seen.face && seen.happyWhileLaughing)) &&
    (!wanted.voice || (seen.voice && seen.loudest > 0));
  // A wanted modality turned off will not read anything more: stop there and say why.
  const wantedOff = () =>
    seen.notes.some(
      (note) => (wanted.face && /face/i.test(note)) || (wanted.voice && /microphone/i.test(note)),
    );
  while (!done() && !wantedOff() && Date.now() - started < timeout) {
    const part = (await pageMediaState(app.tab))?.part ?? '';
    const panel = await readPanel(app);
    samples.push({ seconds: Math.round((Date.now() - started) / 1000), part, ...panel });
    if (!seen.face && /Face \d+ ?%/.test(panel.shares)) seen.face = panel.shares;
    if (!seen.voice && /Voice/.test(panel.shares)) seen.voice = panel.shares;
    if (panel.emotion === 'happy' && part === 'laughing') seen.happyWhileLaughing = true;
    seen.loudest = Math.max(seen.loudest, panel.level);
    seen.notes = (await app.texts(byTestId('call-modality-note'))).filter((note) => note.trim());
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  // One line per change, so the log shows how the reading moved with the clip.
  const changes = samples.filter((sample, i) => {
    const before = samples[i - 1];
    return (
      !before ||
      sample.emotion !== before.emotion ||
      sample.shares !== before.shares ||
      sample.part !== before.part
    );
  });
  console.info(
    `${engine} live panel (s: camera part, emotion, shares, mic level):\n` +
      changes
        .map((s) => `  ${s.seconds}: ${s.part} ${s.emotion || '-'} | ${s.shares} | ${s.level}`)
        .join('\n') +
      (seen.notes.length ? `\n  modality notes: ${seen.notes.join(' / ')}` : '') +
      `\n  page media: ${JSON.stringify(await pageMediaState(app.tab))}` +
      `\n  console errors: ${JSON.stringify(await consoleErrors(app))}`,
  );
  return seen;
}
