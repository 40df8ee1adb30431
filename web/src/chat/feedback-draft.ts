/** The feedback form's draft and the one sentence that says what is missing. */
import { FEEDBACK_COMMENT_MAX } from '../../../core/journal/limits';

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
