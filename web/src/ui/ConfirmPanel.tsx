import type { ReactNode } from 'react';

export interface ConfirmChoice {
  label: string;
  onChoose: () => void;
  /** `danger` for the choice that loses something; `primary` for the safe one. */
  tone: 'primary' | 'danger' | 'quiet';
  testId?: string;
  disabled?: boolean;
}

/**
 * A question asked in place, before something is lost: the sentence says what and how much, and
 * each choice says what it does ("Keep them…", "Remove them…"), never a bare OK.
 */
export function ConfirmPanel({
  id,
  testId,
  children,
  choices,
}: {
  id: string;
  testId?: string;
  children: ReactNode;
  choices: ConfirmChoice[];
}) {
  return (
    <div className="confirm-panel" role="alertdialog" aria-labelledby={id}>
      <p id={id} data-testid={testId}>
        {children}
      </p>
      <div className="button-row">
        {choices.map((choice) => (
          <button
            key={choice.label}
            type="button"
            className={`button button--${choice.tone}`}
            disabled={choice.disabled}
            onClick={choice.onChoose}
            data-testid={choice.testId}
          >
            {choice.label}
          </button>
        ))}
      </div>
    </div>
  );
}
