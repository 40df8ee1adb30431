import { describe, expect, it, vi } from 'vitest';
import {
  checkTalking,
  pickLocalVoice,
  recognitionConstructor,
  TALKING_UNAVAILABLE,
  type RecognitionConstructor,
} from './speech';

const recognizer = (answer: string | Error) => {
  const available = vi.fn(async () => {
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return {
    Recognition: Object.assign(function () {}, { available }) as unknown as RecognitionConstructor,
    available,
  };
};

describe('checkTalking', () => {
  it('is available only when the browser answers "available" for on-device recognition', async () => {
    const { Recognition, available } = recognizer('available');
    expect(await checkTalking(Recognition, 'en-GB')).toEqual({ available: true, Recognition });
    expect(available).toHaveBeenCalledWith({ langs: ['en-GB'], processLocally: true });
  });

  it.each(['downloadable', 'downloading', 'unavailable'])(
    'says typing works when it answers %s',
    async (answer) => {
      expect(await checkTalking(recognizer(answer).Recognition, 'en')).toEqual({
        available: false,
        sentence: TALKING_UNAVAILABLE,
      });
    },
  );

  it('says so without the API, without available(), or when asking fails', async () => {
    expect(await checkTalking(undefined, 'en')).toMatchObject({ available: false });
    const old = function () {} as unknown as RecognitionConstructor;
    expect(await checkTalking(old, 'en')).toMatchObject({ available: false });
    expect(await checkTalking(recognizer(new Error('no')).Recognition, 'en')).toMatchObject({
      available: false,
    });
  });

  it('never picks the prefixed (cloud) recognizer', () => {
    const cloud = function () {};
    expect(recognitionConstructor({ webkitSpeechRecognition: cloud })).toBeUndefined();
    expect(recognitionConstructor({ SpeechRecognition: cloud })).toBe(cloud);
  });
});

describe('pickLocalVoice', () => {
  const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({
    name,
    lang,
    localService,
    default: isDefault,
  });

  it('takes only voices on this device, the exact language first', () => {
    const voices = [
      voice('Cloud UK', 'en-GB', false, true),
      voice('Local US', 'en-US', true),
      voice('Local UK', 'en-GB', true),
    ];
    expect(pickLocalVoice(voices, 'en-GB')?.name).toBe('Local UK');
    expect(pickLocalVoice(voices, 'en-AU')?.name).toBe('Local US');
  });

  it('prefers the default among equals and reads en_GB as en-GB', () => {
    const voices = [voice('A', 'en_GB', true), voice('B', 'en-GB', true, true)];
    expect(pickLocalVoice(voices, 'en-GB')?.name).toBe('B');
  });

  it('answers null with only remote voices or none in the language', () => {
    expect(pickLocalVoice([voice('Cloud', 'en-US', false)], 'en-US')).toBeNull();
    expect(pickLocalVoice([voice('Local DE', 'de-DE', true)], 'en-US')).toBeNull();
    expect(pickLocalVoice([], 'en-US')).toBeNull();
  });
});
