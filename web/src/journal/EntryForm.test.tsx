// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatHlc } from '../../../core/sync/hlc';
import type { JournalEntryData } from '../../../core/sync/protocol';
import { db } from '../store/db';
import { localStore } from '../store/local-store';
import { EntryForm } from './EntryForm';
import type { JournalEntry } from './journal-store';

const ID = '00000000-0000-4000-8000-0000000000e1';
const saved: JournalEntryData = {
  mood: 4,
  text: 'Written on the laptop.',
  tags: ['work'],
  occurred_at: '2026-03-01T18:00:00.000Z',
};

beforeEach(async () => {
  await localStore.reset();
});

afterEach(cleanup);

const rows = () => db.journal_entries.toArray();

describe('EntryForm', () => {
  it('refuses a 41-character tag before saving, in the sentence the server would use', async () => {
    let done = false;
    render(<EntryForm onDone={() => (done = true)} />);
    fireEvent.click(screen.getByTestId('entry-mood-6'));
    fireEvent.change(screen.getByTestId('entry-tags'), { target: { value: 'a'.repeat(41) } });
    fireEvent.click(screen.getByTestId('entry-save'));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'A tag can be at most 40 characters.',
    );
    expect(done).toBe(false);
    expect(await rows()).toEqual([]);
  });

  it("keeps another device's newer text when the open form only changed the mood", async () => {
    const opened = await localStore.writeLocal('journal_entries', ID, saved);
    const entry: JournalEntry = { id: ID, hlc: opened.hlc, ...saved };
    render(<EntryForm entry={entry} onDone={() => undefined} />);

    const phone = { ...saved, text: 'Rewritten on the phone.' };
    const later = formatHlc({ wallMs: Date.now() + 1_000, counter: 0, node: 'phone' });
    await localStore.applyPulled(
      [{ table: 'journal_entries', id: ID, hlc: later, deleted: false, data: phone }],
      '1',
      1,
    );
    fireEvent.click(screen.getByTestId('entry-mood-8'));
    fireEvent.click(screen.getByTestId('entry-save'));

    await waitFor(async () => expect((await db.journal_entries.get(ID))?.data?.mood).toBe(8));
    expect((await db.journal_entries.get(ID))?.data).toEqual({ ...phone, mood: 8 });
  });

  it('shows both versions when both devices changed the text, and saves the one chosen', async () => {
    const opened = await localStore.writeLocal('journal_entries', ID, saved);
    let done = false;
    render(
      <EntryForm entry={{ id: ID, hlc: opened.hlc, ...saved }} onDone={() => (done = true)} />,
    );

    const phone = { ...saved, text: 'Rewritten on the phone.', tags: ['work', 'phone'] };
    const later = formatHlc({ wallMs: Date.now() + 1_000, counter: 0, node: 'phone' });
    await localStore.applyPulled(
      [{ table: 'journal_entries', id: ID, hlc: later, deleted: false, data: phone }],
      '1',
      1,
    );
    fireEvent.change(screen.getByTestId('entry-text'), { target: { value: 'Rewritten here.' } });
    fireEvent.click(screen.getByTestId('entry-save'));

    const conflict = await screen.findByTestId('edit-conflict');
    expect(conflict.textContent).toContain('Yours: Rewritten here.');
    expect(conflict.textContent).toContain('From your other device: Rewritten on the phone.');
    expect(done).toBe(false);
    expect((await db.journal_entries.get(ID))?.data).toEqual(phone);

    fireEvent.click(screen.getByTestId('conflict-text-theirs'));
    fireEvent.click(screen.getByTestId('entry-save'));
    await waitFor(() => expect(done).toBe(true));
    expect((await db.journal_entries.get(ID))?.data).toEqual(phone);
  });
});
