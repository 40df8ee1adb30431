import { Link } from 'react-router-dom';

/** What a new person sees: what will appear here, and how to make it appear. */
export function EmptyState() {
  return (
    <section className="dashboard-card dashboard-empty" data-testid="dashboard-empty">
      <h2>Nothing to show yet</h2>
      <p>
        Your dashboard fills in as you use RIVION. After your first call you will see your stress
        level, how it moved during the conversation and which emotions came up. Journal entries add
        your mood beside your stress, and rating the companion&apos;s suggestions shows which ones
        help you.
      </p>
      <p>Everything here is worked out on this device from your own data, and it works offline.</p>
      <p className="dashboard-empty-actions">
        <Link className="button" to="/call">
          Start a call
        </Link>
        <Link to="/journal">Write in your journal</Link>
      </p>
    </section>
  );
}
