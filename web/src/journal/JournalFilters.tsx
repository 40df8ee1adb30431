import { useId } from 'react';
import { Field } from '../ui/Field';
import { isFiltering, NO_FILTER, type JournalFilter } from './journal-store';

interface JournalFiltersProps {
  filter: JournalFilter;
  tags: string[];
  onChange: (filter: JournalFilter) => void;
}

export function JournalFilters({ filter, tags, onChange }: JournalFiltersProps) {
  const id = useId();
  const set = (key: keyof JournalFilter) => (event: { target: { value: string } }) =>
    onChange({ ...filter, [key]: event.target.value });

  return (
    <form
      className="filters"
      aria-label="Filter entries"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="field">
        <label htmlFor={id}>Tag</label>
        <select id={id} value={filter.tag} onChange={set('tag')}>
          <option value="">All tags</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <Field
        label="From"
        type="date"
        value={filter.from}
        max={filter.to || undefined}
        onChange={set('from')}
      />
      <Field
        label="To"
        type="date"
        value={filter.to}
        min={filter.from || undefined}
        onChange={set('to')}
      />
      {isFiltering(filter) && (
        <button type="button" className="button button--quiet" onClick={() => onChange(NO_FILTER)}>
          Clear filters
        </button>
      )}
    </form>
  );
}
