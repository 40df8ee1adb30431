import { describe, expect, it } from 'vitest';
import { megabytes, offlineModelsText } from './status-sentence';

describe('what settings says about the models for offline calls', () => {
  it('says they are ready, with their size', () => {
    expect(offlineModelsText({ kind: 'ready', bytes: 91_400_000 })).toEqual({
      sentence: 'Models for offline calls: ready on this device (91 MB).',
    });
  });

  it('counts the file on its way, never past the last', () => {
    expect(offlineModelsText({ kind: 'downloading', done: 2, total: 12 }).sentence).toBe(
      'Models for offline calls: downloading 3 of 12.',
    );
    expect(offlineModelsText({ kind: 'downloading', done: 12, total: 12 }).sentence).toBe(
      'Models for offline calls: downloading 12 of 12.',
    );
  });

  it('offers the download when they are missing, and says why it did not start by itself', () => {
    expect(offlineModelsText({ kind: 'missing', bytes: 3_250_000, why: 'save-data' })).toEqual({
      sentence: 'Models for offline calls: not downloaded (3.3 MB).',
      hint: 'Your browser asks to save data, so they are not downloaded by themselves.',
      action: 'Download now',
    });
  });

  it('gives the reason of a failure and a retry', () => {
    const text = offlineModelsText({ kind: 'failed', message: 'The download stopped.' });
    expect(text).toEqual({
      sentence: 'Models for offline calls: not fully downloaded.',
      hint: 'The download stopped.',
      action: 'Try again',
    });
  });

  it('writes sizes in megabytes as people read them', () => {
    expect(megabytes(229_746)).toBe('0.2 MB');
    expect(megabytes(91_449_001)).toBe('91 MB');
  });
});
