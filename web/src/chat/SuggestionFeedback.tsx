import { useId, useState, type FormEvent } from 'react';
import type { MicroIntervention } from '../../../core/conversation/types';
import { FEEDBACK_COMMENT_MAX } from '../../../core/journal/limits';
import { feedbackProblem, type FeedbackDraft } from './feedback-draft';
import { rateSuggestion } from './chat-store';
import { SUGGESTION_NAMES } from './suggestion-names';

interface Props {
  sessionId: string;
  messageId: string;
  suggestion: MicroIntervention;
}

/** Under a reply that offers a suggestion: was it helpful, 1-5, and an optional comment. */
export function SuggestionFeedback({ sessionId, messageId, suggestion }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<FeedbackDraft>({ helpful: null, rating: null, comment: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const name = SUGGESTION_NAMES[suggestion];

  if (saved) {
    return (
      <p className="suggestion-feedback saved-note" data-testid="feedback-saved">
        Thank you — your feedback on “{name}” is saved.
      </p>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = feedbackProblem(draft);
    setProblem(found);
    if (found) return;
    await rateSuggestion({
      session_id: sessionId,
      message_id: messageId,
      suggestion_type: suggestion,
      was_helpful: draft.helpful,
      rating: draft.rating,
      comment: draft.comment.trim() || null,
    });
    setSaved(true);
  };

  return (
    <form className="suggestion-feedback" onSubmit={submit} data-testid="suggestion-feedback">
      <fieldset>
        <legend>Did “{name}” help?</legend>
        <div className="choice-row">
          {([true, false] as const).map((value) => (
            <button
              key={String(value)}
              type="button"
              className="button button--quiet"
              aria-pressed={draft.helpful === value}
              onClick={() => setDraft({ ...draft, helpful: value })}
              data-testid={`feedback-helpful-${value ? 'yes' : 'no'}`}
            >
              {value ? 'Yes' : 'No'}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>How would you rate it? (optional)</legend>
        <div className="choice-row">
          {[1, 2, 3, 4, 5].map((stars) => (
            <label key={stars} className="rating-choice">
              <input
                type="radio"
                name={`${id}-rating`}
                checked={draft.rating === stars}
                onChange={() => setDraft({ ...draft, rating: stars })}
              />
              {stars}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor={`${id}-comment`}>A comment (optional)</label>
      <textarea
        id={`${id}-comment`}
        rows={2}
        maxLength={FEEDBACK_COMMENT_MAX}
        value={draft.comment}
        onChange={(event) => setDraft({ ...draft, comment: event.target.value })}
      />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="button" data-testid="feedback-save">
        Save feedback
      </button>
    </form>
  );
}
