import { ConfirmPanel } from '../ui/ConfirmPanel';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { OfflineNote, useNeedsConnection } from '../ui/OfflineNote';
import { useAction } from '../ui/use-action';
import { describeUnsynced } from '../settings/unsynced-sentence';
import { OtherAccountUnsyncedError } from '../store/session';
import type { AuthSession } from '../store/meta-values';
import { signIn, signInRemovingOtherAccount } from './account';
import { AuthLayout } from './AuthLayout';

export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // Unsynced changes of the account signed in before: asked about, never removed silently.
  const [otherAccount, setOtherAccount] = useState<{
    sentence: string;
    session: AuthSession;
  } | null>(null);
  const { run, pending, error } = useAction(
    async (email: string, password: string) => {
      try {
        await signIn(email, password);
      } catch (failure) {
        if (!(failure instanceof OtherAccountUnsyncedError)) throw failure;
        const sentence = describeUnsynced(failure.counts) ?? '';
        setOtherAccount({ sentence, session: failure.session });
      }
    },
    { 401: "That email and password don't match an account." },
  );
  const confirm = useAction(signInRemovingOtherAccount);
  const connection = useNeedsConnection('signin-offline');

  const submit = () => void run(email, password);

  return (
    <AuthLayout
      title="Welcome back"
      lede="Sign in to see your journal on this device."
      onSubmit={submit}
      footer={
        <>
          New to RIVION? <Link to="/signup">Create an account</Link>
        </>
      }
    >
      <Field
        label="Email"
        type="email"
        autoComplete="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        data-testid="signin-email"
      />
      <Field
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        data-testid="signin-password"
      />
      {otherAccount ? (
        <ConfirmPanel
          id="signin-other-account"
          testId="signin-other-account"
          choices={[
            {
              label: 'Remove them and sign in',
              tone: 'danger',
              disabled: confirm.pending,
              onChoose: () => void confirm.run(otherAccount.session),
              testId: 'signin-remove-other',
            },
            {
              label: 'Cancel',
              tone: 'quiet',
              onChoose: () => setOtherAccount(null),
              testId: 'signin-keep-other',
            },
          ]}
        >
          {otherAccount.sentence} They belong to the account signed in on this device before.
          Signing in as {email} removes them for good; to keep them, sign in with that account first
          and let them sync.
        </ConfirmPanel>
      ) : null}
      <OfflineNote id="signin-offline" what="Signing in" />
      <FormError message={error ?? confirm.error} />
      <button
        className="button button--primary"
        disabled={pending}
        {...connection.buttonProps}
        data-testid="signin-submit"
      >
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </AuthLayout>
  );
}
