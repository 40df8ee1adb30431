import { useId, useState } from 'react';
import { moodWord } from '../../../core/journal/mood';
import type { JournalEntryData } from '../../../core/sync/protocol';
import { entryDate } from './datetime';
import type { EntryField, FieldConflict } from './merge-edit';

/** What arrived from another device while the form was open, that the person must settle. */
export type EditConflictState =
  { kind: 'fields'; conflicts: FieldConflict[] } | { kind: 'deleted' };

const FIELD_LABELS: Record<EntryField, string> = {
  mood: 'the mood',
  text: 'the text',
  tags: 'the tags',
  occurred_at: 'the date and time',
};

function show(field: EntryField, value: JournalEntryData[EntryField]): string {
  if (field === 'mood') return `${value as number}/10 · ${moodWord(value as number)}`;
  if (field === 'tags') return (value as string[]).join(', ') || 'no tags';
  if (field === 'occurred_at') return entryDate.format(new Date(value as string));
  return (value as string) || '(empty)';
}

function FieldChoice({
  conflict,
  onChoose,
}: {
  conflict: FieldConflict;
  onChoose: (value: JournalEntryData[EntryField]) => void;
}) {
  const name = useId();
  const [chosen, setChosen] = useState<'mine' | 'theirs'>('mine');
  const choose = (side: 'mine' | 'theirs') => {
    setChosen(side);
    onChoose(conflict[side]);
  };
  return (
    <fieldset className="conflict-field" data-testid={`conflict-${conflict.field}`}>
      <legend>Both devices changed {FIELD_LABELS[conflict.field]}. Keep:</legend>
      {(['mine', 'theirs'] as const).map((side) => (
        <label key={side} className="conflict-choice">
          <input
            type="radio"
            name={name}
            checked={chosen === side}
            onChange={() => choose(side)}
            data-testid={`conflict-${conflict.field}-${side}`}
          />
          <span>
            <strong>{side === 'mine' ? 'Yours: ' : 'From your other device: '}</strong>
            {show(conflict.field, conflict[side])}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** Shown in the edit form instead of silently putting the form's copy over the newer one. */
export function EditConflict({
  conflict,
  onChoose,
  onKeepMine,
  onLeaveDeleted,
}: {
  conflict: EditConflictState;
  onChoose: (field: EntryField, value: JournalEntryData[EntryField]) => void;
  onKeepMine: () => void;
  onLeaveDeleted: () => void;
}) {
  if (conflict.kind === 'deleted') {
    return (
      <div className="conflict" role="alert" data-testid="edit-conflict">
        <p>This entry was deleted on another device while you were editing it.</p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={onKeepMine}>
            Keep my version
          </button>
          <button type="button" className="button button--quiet" onClick={onLeaveDeleted}>
            Leave it deleted
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="conflict" role="alert" data-testid="edit-conflict">
      <p>
        This entry was changed on another device while you were editing it. Their other changes are
        in the form now; choose which version to keep below, then save.
      </p>
      {conflict.conflicts.map((field) => (
        <FieldChoice
          key={field.field}
          conflict={field}
          onChoose={(value) => onChoose(field.field, value)}
        />
      ))}
    </div>
  );
}
