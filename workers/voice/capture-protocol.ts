/** What the main thread and the capture AudioWorklet say to each other. */
export const CAPTURE_PROCESSOR = 'rivion-voice-capture';

/** Main thread -> worklet: where to send the chunks (a port whose other end is the voice worker), or stop. */
export type CaptureMessage = { port: MessagePort } | { stop: true };
