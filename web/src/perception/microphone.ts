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
    context.createMediaStreamSource(stream).connect(node).connect(context.destination);
    await context.resume();
    const tracks = stream.getTracks();
    return {
      port: channel.port2,
      sampleRate: context.sampleRate,
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
