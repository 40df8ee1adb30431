/** The feedback form's draft and the one sentence that says what is missing. */

/** STAND-IN for core/journal/limits FEEDBACK_COMMENT_MAX (the sessions work adds it). */
export const FEEDBACK_COMMENT_MAX = 1_000;

export interface FeedbackDraft {
  helpful: boolean | null;
  rating: number | null;
  comment: string;
}

/** Why the draft cannot be saved yet, or null when it can. */
export function feedbackProblem(draft: FeedbackDraft): string | null {
  if (draft.helpful === null && draft.rating === null) {
    return 'Choose Yes or No, or a rating, before saving.';
  }
  if (draft.comment.length > FEEDBACK_COMMENT_MAX) {
    return `A comment can be at most ${FEEDBACK_COMMENT_MAX.toLocaleString('en')} characters.`;
  }
  return null;
}
