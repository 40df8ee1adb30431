/**
 * Talking and spoken replies, decided without the cloud. Recognition is used only when the
 * browser says it can run on the device (`SpeechRecognition.available` with `processLocally`);
 * `webkitSpeechRecognition` is never touched, as without processLocally it sends audio to a
 * server. Replies are spoken only with voices the browser marks `localService`.
 */

/** The parts of the browser's SpeechRecognition this page uses. */
export interface LocalRecognition extends EventTarget {
  lang: string;
  processLocally: boolean;
  continuous: boolean;
  interimResults: boolean;
  start(): void;
  stop(): void;
  abort(): void;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error: string }) => void) | null;
}

export interface RecognitionConstructor {
  new (): LocalRecognition;
  available?(options: { langs: string[]; processLocally: boolean }): Promise<string>;
}

export type TalkingCheck =
  { available: true; Recognition: RecognitionConstructor } | { available: false; sentence: string };

export const TALKING_UNAVAILABLE =
  'Talking is not available on this browser: it cannot turn speech into words on this device, and RIVION never sends your voice elsewhere. Typing works.';

/** On-device recognition for `lang`, or the sentence that says why not. */
export async function checkTalking(
  Recognition: RecognitionConstructor | undefined,
  lang: string,
): Promise<TalkingCheck> {
  if (!Recognition || typeof Recognition.available !== 'function') {
    return { available: false, sentence: TALKING_UNAVAILABLE };
  }
  try {
    const answer = await Recognition.available({ langs: [lang], processLocally: true });
    return answer === 'available'
      ? { available: true, Recognition }
      : { available: false, sentence: TALKING_UNAVAILABLE };
  } catch {
    return { available: false, sentence: TALKING_UNAVAILABLE };
  }
}

/** The standard constructor only: the prefixed one is the cloud recognizer. */
export function recognitionConstructor(scope: object): RecognitionConstructor | undefined {
  return (scope as { SpeechRecognition?: RecognitionConstructor }).SpeechRecognition;
}

export interface VoiceOption {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * A voice on this device for `lang`: the same language and region first, then the same language;
 * the browser's default among equals. Never a remote voice.
 */
export function pickLocalVoice<V extends VoiceOption>(
  voices: readonly V[],
  lang: string,
): V | null {
  const local = voices.filter((voice) => voice.localService);
  const wanted = lang.toLowerCase();
  const base = wanted.split('-')[0];
  const rank = (voice: V) => {
    const have = voice.lang.toLowerCase().replace('_', '-');
    const match = have === wanted ? 2 : have.split('-')[0] === base ? 1 : 0;
    return match * 2 + (voice.default ? 1 : 0);
  };
  const best = [...local].sort((a, b) => rank(b) - rank(a))[0];
  return best && rank(best) >= 2 ? best : null;
}

export const NO_LOCAL_VOICE =
  'Spoken replies need a voice installed on this device, and this browser offers none for your language; replies stay on screen.';
