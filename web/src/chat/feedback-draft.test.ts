import { describe, expect, it } from 'vitest';
import { feedbackProblem } from './feedback-draft';

describe('feedbackProblem', () => {
  it('asks for a yes/no or a rating before saving', () => {
    expect(feedbackProblem({ helpful: null, rating: null, comment: 'nice' })).toBe(
      'Choose Yes or No, or a rating, before saving.',
    );
    expect(feedbackProblem({ helpful: false, rating: null, comment: '' })).toBeNull();
    expect(feedbackProblem({ helpful: null, rating: 4, comment: '' })).toBeNull();
  });

  it('names the comment limit', () => {
    expect(feedbackProblem({ helpful: true, rating: null, comment: 'a'.repeat(1_001) })).toBe(
      'A comment can be at most 1,000 characters.',
    );
  });
});
