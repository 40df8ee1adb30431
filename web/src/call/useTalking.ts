/**
 * Talking to RIVION: on-device speech recognition only. The check runs once; while it has not
 * answered 'available' the button stays away and the page says typing works. Each final
 * transcript goes to `onTranscript`, the same path as a typed message.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import {
  checkTalking,
  recognitionConstructor,
  type LocalRecognition,
  type RecognitionConstructor,
} from './speech';

export interface Talking {
  /** null while the browser is asked. */
  available: boolean | null;
  /** Why talking is not available, when it is not. */
  sentence: string | null;
  listening: boolean;
  listen(): void;
  stopListening(): void;
}

export function useTalking(onTranscript: (text: string) => void): Talking {
  const [Recognition, setRecognition] = useState<RecognitionConstructor | null>(null);
  const [sentence, setSentence] = useState<string | null>(null);
  const [listening, setListening] = useState(false);
  const current = useRef<LocalRecognition | null>(null);
  const send = useRef(onTranscript);
  useLayoutEffect(() => {
    send.current = onTranscript;
  });
  const lang = navigator.language || 'en-US';

  useEffect(() => {
    let live = true;
    void checkTalking(recognitionConstructor(globalThis), lang).then((check) => {
      if (!live) return;
      if (check.available) setRecognition(() => check.Recognition);
      else setSentence(check.sentence);
    });
    return () => {
      live = false;
      current.current?.abort();
    };
  }, [lang]);

  const listen = useCallback(() => {
    if (!Recognition || current.current) return;
    const recognition = new Recognition();
    // Set before start(): the one thing that keeps the audio on this device.
    recognition.processLocally = true;
    recognition.lang = lang;
    recognition.continuous = false;
    recognition.interimResults = false;
    recognition.onresult = (event) => {
      const said = Array.from(event.results, (result) => result[0]?.transcript ?? '')
        .join(' ')
        .trim();
      if (said) send.current(said);
    };
    recognition.onend = () => {
      current.current = null;
      setListening(false);
    };
    recognition.onerror = (event) => console.warn(`Speech recognition stopped: ${event.error}`);
    current.current = recognition;
    recognition.start();
    setListening(true);
  }, [Recognition, lang]);

  const stopListening = useCallback(() => current.current?.stop(), []);

  return {
    available: Recognition ? true : sentence ? false : null,
    sentence,
    listening,
    listen,
    stopListening,
  };
}
