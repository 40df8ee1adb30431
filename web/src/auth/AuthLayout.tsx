import type { FormEvent, ReactNode } from 'react';

interface AuthLayoutProps {
  title: string;
  lede: string;
  onSubmit: () => void;
  /** The line under the form that points to the other page (sign in ↔ sign up). */
  footer: ReactNode;
  children: ReactNode;
}

/** The frame shared by sign-in and sign-up: heading, one card-shaped form, a way across. */
export function AuthLayout({ title, lede, onSubmit, footer, children }: AuthLayoutProps) {
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <div className="auth-page">
      <h1>{title}</h1>
      <p className="lede">{lede}</p>
      <form className="card form" onSubmit={submit}>
        {children}
      </form>
      <p className="auth-switch">{footer}</p>
    </div>
  );
}
