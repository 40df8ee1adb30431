/**
 * A real face and real speech as the camera and microphone of a Firefox or WebKit page, whose
 * fake devices only make a colour pattern and a tone. `getUserMedia` is replaced in the page by
 * one that returns live tracks made in the page: a canvas's `captureStream` drawing the clip's
 * JPEG frames, and an AudioContext's `createMediaStreamDestination` playing the speech WAV. So the
 * app reads them through the engine's own media pipeline, workers and models, as it would a camera.
 * The bytes come in as script arguments: the app's CSP lets the page fetch nothing from elsewhere,
 * and decoding with `createImageBitmap` and `decodeAudioData` needs no URL.
 */
import type { BrowserTab } from './tab';
import type { FaceFrames } from './media';

export interface PageMediaInput extends FaceFrames {
  /** A base64 WAV, looped. */
  speech: string;
}

/** What the test can read back: which part of the clip shows now, and the devices' lives. */
export interface PageMediaState {
  part: '' | 'crying' | 'laughing';
  opened: { video: number; audio: number };
  stopped: { video: number; audio: number };
  /** The speech AudioContext's state, 'running' when sound reaches the track. */
  audio: string;
}

/** Runs in the page, so it may use only its argument and browser globals. */
async function replaceGetUserMedia(media: PageMediaInput): Promise<number> {
  const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const images = await Promise.all(
    media.frames.map((frame) =>
      createImageBitmap(new Blob([bytes(frame)], { type: 'image/jpeg' })),
    ),
  );
  const speech = bytes(media.speech).buffer;
  const state: PageMediaState = {
    part: '',
    opened: { video: 0, audio: 0 },
    stopped: { video: 0, audio: 0 },
    audio: '',
  };
  (window as unknown as { pageMedia: PageMediaState }).pageMedia = state;

  /** The track stops what feeds it when the app stops it, as a camera or microphone would. */
  const onStop = (track: MediaStreamTrack, release: () => void) => {
    const stop = track.stop.bind(track);
    track.stop = () => {
      stop();
      release();
      state.stopped[track.kind as 'video' | 'audio']++;
    };
    return track;
  };

  // Played forth and back, so the clip never jumps from laughing to crying in one frame and the
  // laughing lasts twice as long (the readings are smoothed over seconds).
  type Fed = { track: MediaStreamTrack; release: () => void };
  const camera = (): Fed => {
    const canvas = document.createElement('canvas');
    canvas.width = media.width;
    canvas.height = media.height;
    const context = canvas.getContext('2d')!;
    const cycle = 2 * images.length - 2;
    let tick = 0;
    const draw = () => {
      const step = tick++ % cycle;
      const index = step < images.length ? step : cycle - step;
      context.drawImage(images[index]!, 0, 0, canvas.width, canvas.height);
      state.part = index < media.crying ? 'crying' : 'laughing';
    };
    draw();
    const timer = setInterval(draw, 1000 / media.fps);
    state.opened.video++;
    const [track] = canvas.captureStream(media.fps).getVideoTracks();
    return { track: track!, release: () => clearInterval(timer) };
  };

  const microphone = async (context: AudioContext): Promise<Fed> => {
    const source = context.createBufferSource();
    source.buffer = await context.decodeAudioData(speech.slice(0));
    source.loop = true;
    const destination = context.createMediaStreamDestination();
    source.connect(destination);
    source.start();
    state.audio = context.state;
    context.onstatechange = () => (state.audio = context.state);
    state.opened.audio++;
    const [track] = destination.stream.getAudioTracks();
    return {
      track: track!,
      release: () => {
        source.stop();
        void context.close();
      },
    };
  };

  // The engine's own getUserMedia is still asked first, with the same constraints: a refusal or a
  // missing device fails as it would, and the page is capturing in the engine's eyes (which lets
  // its audio start). Its tracks live as long as the ones that replace their content.
  const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
  Object.defineProperty(navigator.mediaDevices, 'getUserMedia', {
    configurable: true,
    value: async (constraints: MediaStreamConstraints = {}) => {
      // Made before the first await, while the click that asked for the microphone still counts
      // (the app does the same with its own); resumed but not awaited, as a real microphone's
      // track does not wait for the page's audio to start.
      const speaking = constraints.audio ? new AudioContext() : undefined;
      void speaking?.resume();
      const real = await original(constraints).catch((error: unknown) => {
        void speaking?.close();
        throw error;
      });
      const release = (kind: string) =>
        real.getTracks().forEach((track) => track.kind === kind && track.stop());
      const tracks: MediaStreamTrack[] = [];
      const feed = ({ track, release: stopFeeding }: Fed) =>
        onStop(track, () => {
          stopFeeding();
          release(track.kind);
        });
      if (constraints.video) tracks.push(feed(camera()));
      if (speaking) tracks.push(feed(await microphone(speaking)));
      return new MediaStream(tracks);
    },
  });
  return images.length;
}

/** Gives the page `media` as its camera and microphone; resolves once the frames are decoded. */
export async function useRealMediaInPage(tab: BrowserTab, media: PageMediaInput): Promise<void> {
  const decoded = await tab.evaluate(replaceGetUserMedia, media);
  if (decoded !== media.frames.length) throw new Error(`decoded ${decoded} frames`);
}

/** The page's media state, or null before `useRealMediaInPage`. */
export function pageMediaState(tab: BrowserTab): Promise<PageMediaState | null> {
  return tab.evaluate(
    () => (window as unknown as { pageMedia?: PageMediaState }).pageMedia ?? null,
  );
}
