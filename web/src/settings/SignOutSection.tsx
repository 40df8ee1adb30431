import { ConfirmPanel } from '../ui/ConfirmPanel';
import { useState } from 'react';
import { useSession } from '../app/session-context';
import { signOut } from '../auth/account';
import { db } from '../store/db';
import { unsyncedRecordCounts } from '../store/unsynced';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/use-action';
import { SettingsSection } from './SettingsSection';
import { describeUnsynced } from './unsynced-sentence';

/** How long sign-out waits for a last sync before it asks about what has not synced. */
const LAST_SYNC_WAIT_MS = 5_000;

export function SignOutSection() {
  const { sync } = useSession();
  // Removing the local copy is the right default on a shared device; unsynced changes are never
  // removed without the person confirming exactly what would be lost.
  const [removeLocalCopy, setRemoveLocalCopy] = useState(true);
  const [unsynced, setUnsynced] = useState<string | null>(null);
  const { run, pending, error } = useAction(async (remove: boolean, lossConfirmed = false) => {
    setUnsynced(null);
    if (remove && !lossConfirmed) {
      await sync?.syncAndWait(LAST_SYNC_WAIT_MS);
      const sentence = describeUnsynced(await unsyncedRecordCounts(db));
      if (sentence) {
        setUnsynced(sentence);
        return;
      }
    }
    await signOut({ removeLocalCopy: remove });
  });

  return (
    <SettingsSection title="Sign out">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={removeLocalCopy}
          onChange={(event) => setRemoveLocalCopy(event.target.checked)}
          aria-describedby="signout-hint"
          data-testid="signout-remove"
        />
        <span>Also remove my journal from this device</span>
      </label>
      <p id="signout-hint" className="field-hint">
        Recommended on a shared device. Untick it on your own device to keep your journal here for
        next time. If something has not synced yet, you will be asked first.
      </p>
      {unsynced ? (
        <ConfirmPanel
          id="signout-unsynced"
          testId="signout-unsynced"
          choices={[
            {
              label: 'Keep them on this device and sign out',
              tone: 'primary',
              onChoose: () => void run(false),
              testId: 'signout-keep',
            },
            {
              label: 'Remove them and sign out',
              tone: 'danger',
              onChoose: () => void run(true, true),
              testId: 'signout-discard',
            },
            { label: 'Cancel', tone: 'quiet', onChoose: () => setUnsynced(null) },
          ]}
        >
          {unsynced} If you remove your journal from this device now, they are lost for good.
        </ConfirmPanel>
      ) : (
        <button
          type="button"
          className="button"
          disabled={pending}
          onClick={() => void run(removeLocalCopy)}
          data-testid="signout"
        >
          {pending ? 'Signing out…' : 'Sign out'}
        </button>
      )}
      <FormError message={error} />
    </SettingsSection>
  );
}
