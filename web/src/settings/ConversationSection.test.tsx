// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ConversationSection } from './ConversationSection';

afterEach(cleanup);

describe('ConversationSection', () => {
  it('starts off, says in one sentence what would leave the device, and saves the choice', async () => {
    const saves: unknown[] = [];
    render(
      <ConversationSection
        saved={{ llm_enabled: false, crisis_region: null }}
        save={async (update) => void saves.push(update)}
        locale="en-GB"
      />,
    );
    const toggle = screen.getByRole('checkbox', { name: /AI model write/ });
    expect((toggle as HTMLInputElement).checked).toBe(false);
    expect(toggle.getAttribute('aria-describedby')).toBe('llm-what-leaves');
    expect(document.getElementById('llm-what-leaves')!.textContent).toMatch(
      /your messages and the emotion labels are sent .*; your face and voice never leave your device\.$/,
    );
    const region = screen.getByLabelText('Crisis lines for') as HTMLSelectElement;
    expect(region.selectedOptions[0]!.textContent).toBe("This device's region (United Kingdom)");
    // Every country whose emergency number RIVION knows can be chosen, not only the four with lines.
    const names = [...region.options].map((option) => option.textContent);
    expect(names).toEqual(expect.arrayContaining(['Australia', 'New Zealand', 'Germany']));

    fireEvent.click(toggle);
    fireEvent.change(region, { target: { value: 'US' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save conversation settings' }));
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    expect(saves).toEqual([{ llm_enabled: true, crisis_region: 'US' }]);
  });

  it('gives the region back to the device and turns the model off again', async () => {
    const saves: unknown[] = [];
    render(
      <ConversationSection
        saved={{ llm_enabled: true, crisis_region: 'IE' }}
        save={async (update) => void saves.push(update)}
        locale="en"
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /AI model write/ }));
    fireEvent.change(screen.getByLabelText('Crisis lines for'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save conversation settings' }));
    await screen.findByRole('status');
    expect(saves).toEqual([{ llm_enabled: false, crisis_region: null }]);
  });
});
