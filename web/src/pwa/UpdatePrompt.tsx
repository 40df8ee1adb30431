import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Registers the service worker and offers a reload when a new version is waiting. Nothing
 * reloads by itself, so an entry being written is never lost to an update.
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError: (error: unknown) => console.warn('Offline support is unavailable', error),
  });
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="alert">
      <p>A new version of RIVION is available.</p>
      <div className="update-prompt-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => void updateServiceWorker()}
        >
          Reload
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setNeedRefresh(false)}
        >
          Later
        </button>
      </div>
    </div>
  );
}
