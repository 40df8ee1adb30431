import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { OfflineNote, useNeedsConnection } from '../ui/OfflineNote';
import { useAction } from '../ui/use-action';
import { signUp } from './account';
import { AuthLayout } from './AuthLayout';
import { ConsentNotice } from './ConsentNotice';

const MIN_PASSWORD = 10;

export function SignUpPage() {
  const [form, setForm] = useState({ email: '', username: '', password: '' });
  const [consent, setConsent] = useState(false);
  const noticeId = useId();
  const { run, pending, error } = useAction(signUp, {
    409: 'That email is already registered — sign in instead.',
  });

  const connection = useNeedsConnection('signup-offline');

  const set = (key: keyof typeof form) => (event: { target: { value: string } }) =>
    setForm((current) => ({ ...current, [key]: event.target.value }));

  const submit = () => void run(form);

  return (
    <AuthLayout
      title="Create your account"
      lede="A private place to notice how you feel. It works offline, too."
      onSubmit={submit}
      footer={
        <>
          Already have an account? <Link to="/signin">Sign in</Link>
        </>
      }
    >
      <Field
        label="Email"
        type="email"
        autoComplete="email"
        required
        value={form.email}
        onChange={set('email')}
        data-testid="signup-email"
      />
      <Field
        label="Username"
        autoComplete="username"
        required
        maxLength={50}
        value={form.username}
        onChange={set('username')}
        data-testid="signup-username"
      />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD}
        hint={`At least ${MIN_PASSWORD} characters. A short sentence you will remember works well.`}
        value={form.password}
        onChange={set('password')}
        data-testid="signup-password"
      />
      <ConsentNotice id={noticeId} />
      <label className="checkbox">
        <input
          type="checkbox"
          required
          checked={consent}
          onChange={(event) => setConsent(event.target.checked)}
          aria-describedby={noticeId}
          data-testid="signup-consent"
        />
        <span>I agree to RIVION keeping this data as described above.</span>
      </label>
      <OfflineNote id="signup-offline" what="Creating an account" />
      <FormError message={error} />
      <button
        className="button button--primary"
        disabled={pending}
        {...connection.buttonProps}
        data-testid="signup-submit"
      >
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
    </AuthLayout>
  );
}
