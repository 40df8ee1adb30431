/**
 * Spoken replies with a voice on this device (`localService`) only. Off until the person turns it
 * on, here or in Settings: one stored choice (`modalities.ts`). `speaking` drives the avatar.
 */
import { useCallback, useEffect, useState } from 'react';
import { saveModalityPreferences, useModalityPreferences } from '../settings/modalities';
import { NO_LOCAL_VOICE, pickLocalVoice } from './speech';

export interface SpokenReplies {
  on: boolean;
  setOn(on: boolean): void;
  /** Why replies cannot be spoken here, when they cannot. */
  sentence: string | null;
  speaking: boolean;
  speak(text: string): void;
  hush(): void;
}

export function useSpokenReplies(): SpokenReplies {
  const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
  const on = useModalityPreferences().spokenReplies;
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [speaking, setSpeaking] = useState(false);
  const lang = navigator.language || 'en-US';

  useEffect(() => {
    if (!synth) return;
    const choose = () => setVoice(pickLocalVoice(synth.getVoices(), lang));
    choose();
    synth.addEventListener('voiceschanged', choose);
    return () => synth.removeEventListener('voiceschanged', choose);
  }, [synth, lang]);

  const hush = useCallback(() => {
    synth?.cancel();
    setSpeaking(false);
  }, [synth]);
  useEffect(() => hush, [hush]);

  const setOn = useCallback(
    (next: boolean) => {
      saveModalityPreferences({ spokenReplies: next });
      if (!next) hush();
    },
    [hush],
  );

  const speak = useCallback(
    (text: string) => {
      if (!on || !synth || !voice) return;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.onstart = () => setSpeaking(true);
      utterance.onend = utterance.onerror = () => setSpeaking(synth.speaking);
      synth.speak(utterance);
    },
    [on, synth, voice],
  );

  return { on, setOn, sentence: on && !voice ? NO_LOCAL_VOICE : null, speaking, speak, hush };
}
