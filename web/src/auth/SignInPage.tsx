import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Field } from '../ui/Field';
import { FormError } from '../ui/FormError';
import { useAction } from '../ui/use-action';
import { signIn } from './account';
import { AuthLayout } from './AuthLayout';

export function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { run, pending, error } = useAction(signIn, {
    401: "That email and password don't match an account.",
  });

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
      <FormError message={error} />
      <button className="button button--primary" disabled={pending} data-testid="signin-submit">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
    </AuthLayout>
  );
}
