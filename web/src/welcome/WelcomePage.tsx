import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { CrisisLinks } from '../safety/CrisisLinks';
import { finishWelcome } from './welcome-flag';

interface Screen {
  title: string;
  body: ReactNode;
}

const SCREENS: readonly Screen[] = [
  {
    title: 'What RIVION does',
    body: (
      <p>
        Start a call and talk or type as you would to a friend. RIVION notices how you seem from
        your face, your voice and your words, and answers in a way that fits. Afterwards you can
        note your mood in the journal and see your patterns on the dashboard.
      </p>
    ),
  },
  {
    title: 'What stays on this device',
    body: (
      <p>
        Your camera picture and your voice are read on this device and never leave it. Only the
        labels (such as &ldquo;calm, stress 30&rdquo;) and what you write are synced, and what you
        write is encrypted on our server. RIVION asks for the camera and microphone only when you
        start a call, and you can switch each one off.
      </p>
    ),
  },
  {
    title: 'Not an emergency service',
    body: (
      <>
        <p>
          RIVION cannot send help. If you are in danger or might act on thoughts of ending your
          life, call your local emergency number or one of these lines now. The{' '}
          <strong>Get help now</strong> button at the top of every page shows them again.
        </p>
        <CrisisLinks />
      </>
    ),
  },
];

/** Three short screens after sign-up; skippable, shown once (welcome-flag.ts). */
export function WelcomePage() {
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // A new screen's title takes the focus, so a screen reader reads it and Tab starts there.
  useEffect(() => {
    if (step > 0) heading.current?.focus();
  }, [step]);
  const navigate = useNavigate();
  const screen = SCREENS[step]!;
  const last = step === SCREENS.length - 1;

  function done() {
    finishWelcome();
    void navigate('/call', { replace: true });
  }

  return (
    <section className="card welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <p className="welcome-step">
        Step {step + 1} of {SCREENS.length}
      </p>
      <h1 id="welcome-title" ref={heading} tabIndex={-1}>
        {screen.title}
      </h1>
      {screen.body}
      <div className="button-row">
        {step > 0 && (
          <button type="button" className="button" onClick={() => setStep(step - 1)}>
            Back
          </button>
        )}
        <button
          type="button"
          className="button button--primary"
          onClick={last ? done : () => setStep(step + 1)}
          data-testid="welcome-next"
        >
          {last ? 'Start using RIVION' : 'Next'}
        </button>
        {!last && (
          <button
            type="button"
            className="button button--quiet"
            onClick={done}
            data-testid="welcome-skip"
          >
            Skip
          </button>
        )}
      </div>
    </section>
  );
}
