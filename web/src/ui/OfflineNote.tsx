import { useOnline } from '../chat/use-online';

/**
 * For an action that needs the server: offline, the sentence says so before the person clicks,
 * and the caller disables the button (`offline` from useNeedsConnection).
 */
export function OfflineNote({ id, what }: { id: string; what: string }) {
  const online = useOnline();
  if (online) return null;
  return (
    <p id={id} className="offline-note" data-testid="offline-note">
      You are offline. {what} needs a connection; it will work again when you are back online.
    </p>
  );
}

/** Whether a server action must wait, and the props its button takes to say why. */
export function useNeedsConnection(noteId: string) {
  const offline = !useOnline();
  return {
    offline,
    buttonProps: offline ? { disabled: true, 'aria-describedby': noteId } : {},
  };
}
