// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_MODALITIES, useModalityPreferences } from './modalities';
import { ModalitiesSection } from './ModalitiesSection';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the call choices', () => {
  it('start with camera, microphone and reading words on, spoken replies off', () => {
    const { result } = renderHook(() => useModalityPreferences());
    expect(result.current).toEqual(DEFAULT_MODALITIES);
    expect(result.current).toEqual({
      camera: true,
      microphone: true,
      textAnalysis: true,
      spokenReplies: false,
    });
  });

  it('are saved on the device at once, and a page reading them sees the change', () => {
    const { result } = renderHook(() => useModalityPreferences());
    render(<ModalitiesSection />);
    act(() => {
      fireEvent.click(screen.getByRole('checkbox', { name: 'Camera' }));
      fireEvent.click(screen.getByRole('checkbox', { name: 'Spoken replies' }));
    });
    expect(screen.getByRole('status').textContent).toBe('Saved on this device.');
    expect(result.current).toMatchObject({ camera: false, microphone: true, spokenReplies: true });
    expect(JSON.parse(localStorage.getItem('rivion.modalities')!)).toMatchObject({
      camera: false,
      spokenReplies: true,
    });
  });

  it('says the crisis check runs whatever the words setting is', () => {
    render(<ModalitiesSection />);
    const words = screen.getByRole('checkbox', { name: 'Reading my words' });
    expect(document.getElementById(words.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /The crisis check always runs\./,
    );
  });
});
