/**
 * The microphone on the main thread, only as far as it must be: getUserMedia with the browser's
 * echo cancellation, noise suppression and auto-gain all off (they distort pitch and loudness, the
 * prosody we measure), a 16 kHz AudioContext, and the capture AudioWorklet, which sends its chunks
 * through a MessageChannel whose other end goes to the voice worker. No audio passes through here.
 */
import captureWorkletUrl from '../../../workers/voice/capture-worklet.ts?worker&url';
import { CAPTURE_PROCESSOR, type CaptureMessage } from '../../../workers/voice/capture-protocol';

export interface Microphone {
  /** Hand this to the voice worker (transferred); the worklet posts chunks into its other end. */
  port: MessagePort;
  sampleRate: number;
  /** How loud the microphone is right now, 0..1 (RMS of the last ~43 ms, for a level meter). */
  level(): number;
  stop(): void;
}

export const PROSODY_SAFE_AUDIO: MediaTrackConstraints = {
  channelCount: 1,
  echoCancellation: false,
  noiseSuppression: false,
  autoGainControl: false,
};

export async function openMicrophone(): Promise<Microphone> {
  // Created before the first await, inside the click that asked for it, so autoplay rules let it run.
  const context = new AudioContext({ sampleRate: 16_000 });
  let stream: MediaStream | undefined;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: PROSODY_SAFE_AUDIO });
    await context.audioWorklet.addModule(captureWorkletUrl);
    const node = new AudioWorkletNode(context, CAPTURE_PROCESSOR, {
      numberOfInputs: 1,
      numberOfOutputs: 1,
      channelCount: 1,
    });
    const channel = new MessageChannel();
    const send = (message: CaptureMessage, transfer: Transferable[] = []) =>
      node.port.postMessage(message, transfer);
    send({ port: channel.port1 }, [channel.port1]);
    // Connected to the output (it writes silence) so the audio graph keeps pulling the worklet.
    const source = context.createMediaStreamSource(stream);
    source.connect(node).connect(context.destination);
    // The level meter reads loudness on the main thread: one number, never the samples kept.
    const analyser = context.createAnalyser();
    // 2,048 samples: ~43 ms at 48 kHz, as long as the meter's read interval.
    analyser.fftSize = 2048;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    await context.resume();
    const tracks = stream.getTracks();
    return {
      port: channel.port2,
      sampleRate: context.sampleRate,
      level() {
        analyser.getFloatTimeDomainData(samples);
        let sum = 0;
        for (const sample of samples) sum += sample * sample;
        return Math.min(1, Math.sqrt(sum / samples.length) * 4);
      },
      stop() {
        send({ stop: true });
        tracks.forEach((track) => track.stop());
        void context.close();
      },
    };
  } catch (error) {
    stream?.getTracks().forEach((track) => track.stop());
    void context.close();
    throw error;
  }
}
