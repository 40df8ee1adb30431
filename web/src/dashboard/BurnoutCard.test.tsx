// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { estimateBurnoutRisk } from '../../../core/burnout/estimate';
import { NOW, sessionsWith } from '../../../core/burnout/testing';
import { BurnoutCard } from './BurnoutCard';

afterEach(cleanup);

describe('the burnout card', () => {
  it('puts the advice to seek professional help first, in plain words, when stress keeps rising', () => {
    const estimate = estimateBurnoutRisk({
      sessions: sessionsWith([30, 38, 46, 54, 62]),
      journal: [],
      now: NOW,
    });
    render(<BurnoutCard estimate={estimate} />);
    const card = screen.getByTestId('dashboard-burnout');
    expect(within(card).getByText(/, and rising\./)).toBeTruthy();
    const advice = within(card).getAllByRole('listitem');
    expect(advice[0]!.getAttribute('data-code')).toBe('seek_professional_help');
    expect(advice[0]!.textContent).toMatch(/doctor, counsellor or therapist/);
    expect(card.textContent).toMatch(/not a diagnosis/);
  });

  it('says how many more sessions it needs before it can estimate', () => {
    const estimate = estimateBurnoutRisk({ sessions: sessionsWith([40]), journal: [], now: NOW });
    render(<BurnoutCard estimate={estimate} />);
    expect(screen.getByTestId('dashboard-burnout').textContent).toMatch(/after 2 more sessions/);
  });
});
