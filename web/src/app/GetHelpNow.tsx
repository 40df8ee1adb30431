import { lazy, Suspense, useState } from 'react';

// Loaded on the first tap, so the crisis code is not in every page's first download; the service
// worker has it cached, so it opens offline too.
const HelpLines = lazy(() => import('./HelpLines'));

/** Always in the header when signed in: one tap to the crisis lines for the person's region. */
export function GetHelpNowButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="button button--danger get-help-now"
      aria-expanded={open}
      aria-controls="get-help-panel"
      onClick={onToggle}
      data-testid="get-help-now"
    >
      Get help now
    </button>
  );
}

/** The helplines under the header, open until the person closes them. */
export function GetHelpNowPanel({ onClose }: { onClose: () => void }) {
  return (
    <div id="get-help-panel" className="get-help-panel">
      <Suspense fallback={<p role="status">Opening the helplines…</p>}>
        <HelpLines onClose={onClose} />
      </Suspense>
    </div>
  );
}

export function useGetHelpNow() {
  const [open, setOpen] = useState(false);
  return { open, toggle: () => setOpen((was) => !was), close: () => setOpen(false) };
}
