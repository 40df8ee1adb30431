// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { detectCrisis, detectDanger } from '../../../core/text/crisis';
import { CrisisResourcesPanel } from './CrisisResourcesPanel';

afterEach(cleanup);

describe('CrisisResourcesPanel', () => {
  it('shows the helplines for an indirect statement, from the rules alone (no worker, no model)', () => {
    const { level } = detectCrisis(
      "I've been giving my things away, everyone would be better off without me",
    );
    render(<CrisisResourcesPanel level={level} region={null} />);
    const panel = screen.getByRole('alert');
    expect(panel.textContent).toMatch(/988/);
    expect(panel.textContent).toMatch(/116 123/);
    expect(screen.getByRole('link', { name: /Samaritans/ }).getAttribute('href')).toBe(
      'tel:116123',
    );
  });

  it("shows the person's own region's lines and emergency number", () => {
    render(<CrisisResourcesPanel level="severe" region="GB" />);
    const panel = screen.getByRole('alert').textContent ?? '';
    expect(panel).toMatch(/116 123/);
    expect(panel).toMatch(/999 or 112/);
    expect(panel).not.toMatch(/988/);
  });

  it('shows the abuse helpline and the emergency number for danger from someone else', () => {
    const { danger } = detectDanger('my husband hits me');
    render(<CrisisResourcesPanel level="none" danger={danger} region="US" />);
    const panel = screen.getByTestId('danger-resources').textContent ?? '';
    expect(panel).toMatch(/1-800-799-7233/);
    expect(panel).toMatch(/call 911/);
    expect(screen.getByRole('alert').textContent).not.toMatch(/Suicide/);
  });

  it('shows nothing for an idiom', () => {
    const { level } = detectCrisis('this deadline is killing me');
    render(<CrisisResourcesPanel level={level} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
