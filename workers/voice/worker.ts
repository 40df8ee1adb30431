/**
 * The voice worker: microphone audio in (a MessagePort fed by the AudioWorklet, or one transferred
 * segment), labels and numbers out. Loads silero VAD and the voice emotion model on first use,
 * reports loading → progress → ready after a warm-up run, analyses one segment at a time and turns
 * itself off with a readable { type, message } when a model cannot load.
 */
import { expose } from 'comlink';
import { VoiceAnalyser } from './analyse';
import * as emotionModel from './emotion-model';
import { ANALYSIS_RATE } from './features/framing';
import { VOICE_FEATURE_NAMES } from './features/layout';
import { MicrophoneListener } from './listener';
import type { VoiceResult, VoiceStatus } from './reading';
import { analyseAndDropSegment } from './segment';
import { VAD_FRAME } from './segmenter';
import { ModelLoader, toWorkerError } from '../shared/status';
import * as vad from './vad';

export interface VoiceWorkerOptions {
  vadUrl?: string;
  modelUrl?: string;
}

const loader = new ModelLoader();
let listener: MicrophoneListener | undefined;
const analyser = new VoiceAnalyser();

/**
 * One run of each model and of the feature code on a synthetic voiced tone, so the first real
 * segment is not the one that pays for compilation.
 */
async function warmUp(): Promise<void> {
  const silero = await vad.load();
  await silero.probability(new Float32Array(VAD_FRAME));
  silero.reset();
  await emotionModel.predict(new Float32Array(VOICE_FEATURE_NAMES.length));
  const tone = Float32Array.from(
    { length: 2 * ANALYSIS_RATE },
    (_, i) => Math.sin((2 * Math.PI * 150 * i) / ANALYSIS_RATE) * (i % 8000 < 6000 ? 0.3 : 0.001),
  );
  analyseAndDropSegment(tone.buffer, ANALYSIS_RATE);
}

const api = {
  /** Loads both models; resolves with `ready`, or `off` and the reason. Safe to call again. */
  load(options: VoiceWorkerOptions = {}, onStatus?: (status: VoiceStatus) => void) {
    return loader.load(
      [
        { step: 'voice activity model', from: 0.1, run: () => vad.load(options.vadUrl) },
        { step: 'voice emotion model', from: 0.5, run: () => emotionModel.load(options.modelUrl) },
        { step: 'warm-up', from: 0.9, run: warmUp },
      ],
      onStatus,
    );
  },

  /**
   * Listens to the AudioWorklet's chunks on `port` (transferred here) and calls `onResult` for each
   * analysed segment. Replaces any earlier stream; false (and the port closed) before `ready`.
   */
  async listen(
    port: MessagePort,
    sampleRate: number,
    onResult: (result: VoiceResult) => void,
  ): Promise<boolean> {
    listener?.stop();
    listener = undefined;
    if (!loader.ready) {
      port.close();
      return false;
    }
    listener = new MicrophoneListener(port, sampleRate, await vad.load(), analyser, onResult);
    return true;
  },

  /** Stops listening and zeroes whatever audio was still held. */
  stop(): void {
    listener?.stop();
    listener = undefined;
  },

  /** One transferred segment (bench, eval): its buffer is zeroed and detached here. */
  async analyseSegment(buffer: ArrayBuffer, sampleRate: number): Promise<VoiceResult> {
    if (!loader.ready) {
      new Float32Array(buffer).fill(0);
      return toWorkerError('The voice models are not loaded.');
    }
    try {
      return await analyser.analyse(buffer, sampleRate);
    } catch (error) {
      return toWorkerError(error);
    }
  },

  /** Forgets the baseline and noise floor (a new session or a new person). */
  reset(): void {
    analyser.reset();
  },
};

export type VoiceWorkerApi = typeof api;
expose(api);
