// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { detectCrisis } from '../../../core/text/crisis';
import { CrisisResourcesPanel } from './CrisisResourcesPanel';

afterEach(cleanup);

describe('CrisisResourcesPanel', () => {
  it('shows the helplines for an indirect statement, from the rules alone (no worker, no model)', () => {
    const { level } = detectCrisis(
      "I've been giving my things away, everyone would be better off without me",
    );
    render(<CrisisResourcesPanel level={level} />);
    const panel = screen.getByRole('alert');
    expect(panel.textContent).toMatch(/988/);
    expect(panel.textContent).toMatch(/116 123/);
    expect(screen.getByRole('link', { name: /Samaritans/ }).getAttribute('href')).toBe(
      'tel:116123',
    );
  });

  it('shows nothing for an idiom', () => {
    const { level } = detectCrisis('this deadline is killing me');
    render(<CrisisResourcesPanel level={level} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
