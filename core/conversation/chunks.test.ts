import { describe, expect, it } from 'vitest';
import { replyChunks } from './chunks';

describe('replyChunks', () => {
  it('splits at word boundaries, each chunk keeping its spaces, and joins back exactly', () => {
    const text = "It sounds like that's a lot.  What feels heaviest right now?";
    const chunks = replyChunks(text);
    expect(chunks.slice(0, 3)).toEqual(['It ', 'sounds ', 'like ']);
    expect(chunks).toContain('lot.  ');
    expect(chunks.join('')).toBe(text);
  });

  it('handles empty and space-only text', () => {
    expect(replyChunks('')).toEqual([]);
    expect(replyChunks('  ').join('')).toBe('  ');
    expect(replyChunks(' hi').join('')).toBe(' hi');
  });
});
