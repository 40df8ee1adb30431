import { Link } from 'react-router-dom';

/** What a signed-out visitor meets first: what RIVION is, and the way in. */
export function LandingPage() {
  return (
    <div className="landing" data-testid="landing">
      <h1>A calm companion that notices how you feel</h1>
      <p className="lede">
        RIVION is a privacy-first wellness companion. Talk or type as if on a video call; it reads
        how you seem from your face, voice and words <strong>on your own device</strong>, and
        answers in kind. It keeps a mood journal and shows your patterns over time.
      </p>
      <div className="button-row landing-actions">
        <Link className="button button--primary" to="/signup" data-testid="landing-signup">
          Create a free account
        </Link>
        <Link className="button button--quiet" to="/signin" data-testid="landing-signin">
          I already have an account
        </Link>
      </div>
      <ul className="landing-points">
        <li>
          <h2>Your camera and microphone stay yours</h2>
          <p>
            Video and audio are read on this device and never uploaded. Only labels such as
            &ldquo;calm, stress 30&rdquo; are kept, and what you write is encrypted on our server.
          </p>
        </li>
        <li>
          <h2>Works offline</h2>
          <p>Install it from the browser. The call, the journal and the dashboard work offline.</p>
        </li>
        <li>
          <h2>Not an emergency service</h2>
          <p>
            If you are in danger or thinking of ending your life, call your local emergency number
            or a crisis line now. RIVION shows the lines for your country when you need them.
          </p>
        </li>
      </ul>
      <p>
        <Link to="/privacy">What is stored where, and for how long</Link>
      </p>
    </div>
  );
}
