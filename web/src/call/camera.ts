/** The camera for the self-view: 1280×720 asked for, up to 1920×1080 taken where offered; no audio. */
export const CALL_VIDEO: MediaTrackConstraints = {
  width: { ideal: 1280, max: 1920 },
  height: { ideal: 720, max: 1080 },
  frameRate: { ideal: 30 },
  facingMode: 'user',
};

export function openCamera(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ video: CALL_VIDEO, audio: false });
}
