import { useId, type KeyboardEvent } from 'react';
import { normalizeTags } from '../../../core/journal/mood';

interface TagInputProps {
  tags: string[];
  draft: string;
  onChange: (tags: string[], draft: string) => void;
}

/** Tags become chips on a comma or Enter; whatever is still typed is added when the entry is saved. */
export function TagInput({ tags, draft, onChange }: TagInputProps) {
  const id = useId();

  function type(value: string) {
    const parts = value.split(',');
    const rest = parts.pop() ?? '';
    onChange(normalizeTags([...tags, ...parts]), rest);
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      onChange(normalizeTags([...tags, draft]), '');
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1), '');
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>Tags</label>
      <div className="tag-input">
        {tags.length > 0 && (
          <ul className="tag-list" aria-label="Tags added">
            {tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
                <button
                  type="button"
                  className="tag-remove"
                  aria-label={`Remove tag ${tag}`}
                  onClick={() =>
                    onChange(
                      tags.filter((other) => other !== tag),
                      draft,
                    )
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <input
          id={id}
          value={draft}
          onChange={(event) => type(event.target.value)}
          onKeyDown={keyDown}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          data-testid="entry-tags"
        />
      </div>
      <p id={`${id}-hint`} className="field-hint">
        Separate tags with a comma or press Enter, e.g. work, sleep, family.
      </p>
    </div>
  );
}
