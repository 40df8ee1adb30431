// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../store/db';
import { localStore } from '../store/local-store';
import { SuggestionFeedback } from './SuggestionFeedback';

const SESSION = '00000000-0000-4000-8000-0000000000a1';
const MESSAGE = '00000000-0000-4000-8000-0000000000a2';

beforeEach(async () => {
  await localStore.reset();
});

afterEach(cleanup);

describe('SuggestionFeedback', () => {
  it('asks for an answer first, then stores yes, the rating and the comment to sync', async () => {
    render(<SuggestionFeedback sessionId={SESSION} messageId={MESSAGE} suggestion="short_walk" />);
    expect(screen.getByText('Did “A short walk” help?')).toBeTruthy();
    fireEvent.click(screen.getByTestId('feedback-save'));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Choose Yes or No, or a rating, before saving.',
    );

    fireEvent.click(screen.getByTestId('feedback-helpful-yes'));
    fireEvent.click(screen.getByLabelText('4'));
    fireEvent.change(screen.getByLabelText('A comment (optional)'), {
      target: { value: '  The fresh air helped.  ' },
    });
    fireEvent.click(screen.getByTestId('feedback-save'));
    await screen.findByTestId('feedback-saved');

    const rows = await db.feedback.toArray();
    expect(rows.map((row) => row.data)).toEqual([
      expect.objectContaining({
        session_id: SESSION,
        message_id: MESSAGE,
        suggestion_type: 'short_walk',
        was_helpful: true,
        rating: 4,
        comment: 'The fresh air helped.',
      }),
    ]);
    expect(await db.outbox.count()).toBe(1);
  });
});
