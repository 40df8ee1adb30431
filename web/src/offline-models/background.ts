/**
 * The download the app starts by itself: imported by the app shell once a signed-in page is idle,
 * so it costs the landing page and /call's first paint nothing. Not on Data Saver (the settings
 * page offers a button instead), and when offline it waits for the connection.
 */
import { checkModels, currentState, downloadModels, savesData } from './offline-models';

let started = false;

function downloadWhenOnline(): void {
  if (savesData()) return void checkModels();
  if (!navigator.onLine) return void checkModels();
  void downloadModels();
}

/** Once per page load; a download cut off by a lost connection goes on when it comes back. */
export function downloadInBackground(): void {
  if (started) return;
  started = true;
  downloadWhenOnline();
  window.addEventListener('online', () => {
    const { kind } = currentState();
    if (kind === 'missing' || kind === 'failed') downloadWhenOnline();
  });
}
