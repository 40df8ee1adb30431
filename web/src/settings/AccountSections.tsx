import { useState, type FormEvent } from 'react';
import { deleteAccount } from '../auth/account';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { OfflineNote, useNeedsConnection } from '../ui/OfflineNote';
import { useAction } from '../ui/use-action';
import { SettingsSection } from './SettingsSection';

export function DeleteAccountSection() {
  const [password, setPassword] = useState('');
  const { run, pending, error } = useAction(deleteAccount, {
    403: 'That password is not right.',
  });
  const connection = useNeedsConnection('delete-account-offline');

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
        <OfflineNote id="delete-account-offline" what="Deleting your account" />
        <FormError message={error} />
        <button
          className="button button--danger"
          disabled={pending}
          {...connection.buttonProps}
          data-testid="delete-account-submit"
        >
          Delete my account
        </button>
      </form>
    </SettingsSection>
  );
}
