// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TagInput } from './TagInput';

function Harness() {
  const [state, setState] = useState({ tags: [] as string[], draft: '' });
  return (
    <TagInput
      tags={state.tags}
      draft={state.draft}
      onChange={(tags, draft) => setState({ tags, draft })}
    />
  );
}

afterEach(cleanup);

const chips = () => screen.queryAllByRole('listitem').map((item) => item.firstChild?.textContent);

describe('TagInput', () => {
  it('turns comma-separated text into tags and keeps the unfinished one as a draft', () => {
    render(<Harness />);
    const input = screen.getByLabelText('Tags');

    fireEvent.change(input, { target: { value: 'Walk, work,  Deep Sleep, fam' } });

    expect(chips()).toEqual(['walk', 'work', 'deep-sleep']);
    expect(input).toHaveProperty('value', ' fam');
  });

  it('adds the draft on Enter and removes the last tag on Backspace', () => {
    render(<Harness />);
    const input = screen.getByLabelText('Tags');

    fireEvent.change(input, { target: { value: 'family' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(chips()).toEqual(['family']);
    expect(input).toHaveProperty('value', '');

    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(chips()).toEqual([]);
  });
});
