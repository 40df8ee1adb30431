// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrisisResourcesPanel } from '../perception/CrisisResourcesPanel';
import { db } from '../store/db';
import { writeMeta } from '../store/meta';
import type { Preferences } from '../sync/api-types';
import { useCrisisRegion } from './region';

/** The panel as the journal shows it: the region chosen in settings, else the browser's. */
function JournalPanel() {
  return <CrisisResourcesPanel level="severe" region={useCrisisRegion()} />;
}

const preferences = (crisis_region: string | null): Preferences => ({
  theme: 'system',
  notification_enabled: true,
  data_retention_days: 365,
  privacy_level: 'high',
  llm_enabled: false,
  crisis_region,
});

beforeEach(async () => {
  await db.meta.clear();
});

afterEach(cleanup);

describe('useCrisisRegion', () => {
  it("follows the browser's language until the person chooses a country in settings", async () => {
    render(<JournalPanel />);
    // jsdom's browser language is en-US.
    expect(screen.getByRole('alert').textContent).toMatch(/988/);
    await writeMeta(db, 'preferences', preferences('IE'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/116 123/));
    expect(screen.getByRole('alert').textContent).toMatch(/call 112 or 999/);
    await writeMeta(db, 'preferences', preferences(null));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/988/));
  });
});
