import { Link } from 'react-router-dom';
import { useSession } from '../app/session-context';
import { DeleteDataSection } from '../settings/DataSections';
import { usePreferences } from '../settings/preferences';
import { NEVER_LEAVES, ON_THE_SERVER, ON_THIS_DEVICE, type StoredThing } from './what-is-stored';

function StoredTable({ caption, rows }: { caption: string; rows: readonly StoredThing[] }) {
  return (
    <table className="privacy-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Kept in</th>
          <th scope="col">What</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ where, what }) => (
          <tr key={where}>
            <th scope="row">
              <code>{where}</code>
            </th>
            <td>{what}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Exactly what is stored where and for how long, open to everyone; delete-all when signed in. */
export function PrivacyPage() {
  const { session } = useSession();
  const days = usePreferences()?.data_retention_days;
  return (
    <div className="privacy" data-testid="privacy">
      <div className="page-heading">
        <h1>Privacy</h1>
      </div>
      <section className="card privacy-section" aria-labelledby="never-leaves">
        <h2 id="never-leaves">Never leaves this device</h2>
        <ul>
          {NEVER_LEAVES.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p>
          Your words and emotion labels reach an AI service only if you turn on AI replies in
          Settings. Otherwise the companion&apos;s replies are written by our own server code.
        </p>
      </section>
      <section className="card privacy-section" aria-labelledby="on-device">
        <h2 id="on-device">On this device</h2>
        <p>In this browser&apos;s storage (IndexedDB database &ldquo;rivion&rdquo;):</p>
        <StoredTable caption="Stored on this device" rows={ON_THIS_DEVICE} />
      </section>
      <section className="card privacy-section" aria-labelledby="on-server">
        <h2 id="on-server">On our server</h2>
        <p>
          Synced so your other devices have it. Encrypted fields use AES-256-GCM under a key of your
          own; deleting your data replaces that key, so old copies cannot be read.
        </p>
        <StoredTable caption="Stored on the server" rows={ON_THE_SERVER} />
      </section>
      <section className="card privacy-section" aria-labelledby="how-long">
        <h2 id="how-long">How long</h2>
        <p data-testid="privacy-retention">
          Calls, messages, emotion readings, ratings and flagged moments are deleted after{' '}
          {days ? (
            <strong>{days} days</strong>
          ) : (
            'your retention period (90 days unless you change it)'
          )}
          , on the server and on this device. Journal entries stay until you delete them. Your
          account stays until you delete it.
        </p>
        {session && (
          <p>
            <Link to="/settings">Change the period in Settings</Link>.
          </p>
        )}
      </section>
      {session ? (
        <DeleteDataSection />
      ) : (
        <p>
          <Link to="/signin">Sign in</Link> to delete your data.
        </p>
      )}
    </div>
  );
}
