// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrisisResourcesPanel } from '../perception/CrisisResourcesPanel';
import { useCrisisRegion } from '../safety/region';
import { db } from '../store/db';
import { readMeta } from '../store/meta';
import { CrisisRegionSection } from './CrisisRegionSection';

/** The panel as the journal shows it: the region chosen in settings, else the browser's. */
function JournalPanel() {
  return <CrisisResourcesPanel level="severe" region={useCrisisRegion()} />;
}

beforeEach(async () => {
  await db.meta.clear();
});

afterEach(cleanup);

describe('CrisisRegionSection', () => {
  it('follows the browser until a country is chosen, and keeps the choice on this device', async () => {
    render(
      <>
        <CrisisRegionSection />
        <JournalPanel />
      </>,
    );
    const select = screen.getByTestId('crisis-region');
    await waitFor(() => expect((select as HTMLSelectElement).disabled).toBe(false));
    // jsdom's browser language is en-US.
    expect(screen.getByRole('alert').textContent).toMatch(/988/);

    fireEvent.change(select, { target: { value: 'IE' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/116 123/));
    expect(screen.getByRole('alert').textContent).toMatch(/call 112 or 999/);
    expect(await readMeta(db, 'crisis_region')).toBe('IE');

    fireEvent.change(select, { target: { value: '' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/988/));
    expect(await readMeta(db, 'crisis_region')).toBeUndefined();
  });
});
