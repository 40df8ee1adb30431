import { useState, type FormEvent } from 'react';
import { deleteAccount, signOut } from '../auth/account';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/use-action';
import { SettingsSection } from './SettingsSection';

export function SignOutSection() {
  // Removing the local copy is the safe default: on a shared device nothing stays behind.
  const [removeLocalCopy, setRemoveLocalCopy] = useState(true);
  const { run, pending } = useAction(signOut);
  return (
    <SettingsSection title="Sign out">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={removeLocalCopy}
          onChange={(event) => setRemoveLocalCopy(event.target.checked)}
          aria-describedby="signout-hint"
        />
        <span>Also remove my journal from this device</span>
      </label>
      <p id="signout-hint" className="field-hint">
        Recommended on a shared device. Untick it on your own device to keep your journal here for
        next time. Changes that have not synced yet are lost when removed.
      </p>
      <button
        type="button"
        className="button"
        disabled={pending}
        onClick={() => void run({ removeLocalCopy })}
        data-testid="signout"
      >
        Sign out
      </button>
    </SettingsSection>
  );
}

export function DeleteAccountSection() {
  const [password, setPassword] = useState('');
  const { run, pending, error } = useAction(deleteAccount, {
    403: 'That password is not right.',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const sure = window.confirm(
      'Delete your account and everything in it, on every device? This cannot be undone.',
    );
    if (sure) void run(password);
  }

  return (
    <SettingsSection
      title="Delete my account"
      danger
      description="Closes your account and permanently deletes all its data from our server and this device."
    >
      <form className="form" onSubmit={submit}>
        <Field
          label="Your password, to confirm"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          data-testid="delete-account-password"
        />
        <FormError message={error} />
        <button
          className="button button--danger"
          disabled={pending}
          data-testid="delete-account-submit"
        >
          Delete my account
        </button>
      </form>
    </SettingsSection>
  );
}
