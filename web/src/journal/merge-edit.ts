/**
 * An edit form can stay open while another device's edit of the same entry arrives. Saving must
 * not silently put the form's whole copy back: like a per-cell merge, each field the person
 * changed in the form wins, each field they left alone takes the newer value, and a field both
 * changed (to different values) is a conflict the person settles.
 */
import type { JournalEntryData } from '../../../core/sync/protocol';

export const ENTRY_FIELDS = ['mood', 'text', 'tags', 'occurred_at'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

export interface FieldConflict<F extends EntryField = EntryField> {
  field: F;
  mine: JournalEntryData[F];
  theirs: JournalEntryData[F];
}

export interface EditMerge {
  /** Every field settled; conflicting fields hold the person's value until they choose. */
  merged: JournalEntryData;
  conflicts: FieldConflict[];
}

function same<F extends EntryField>(field: F, a: JournalEntryData[F], b: JournalEntryData[F]) {
  if (field === 'occurred_at') return Date.parse(a as string) === Date.parse(b as string);
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `base`: the entry as the form opened it; `mine`: the form now; `theirs`: the entry now. */
export function mergeEdit(
  base: JournalEntryData,
  mine: JournalEntryData,
  theirs: JournalEntryData,
): EditMerge {
  const merged = { ...mine };
  const conflicts: FieldConflict[] = [];
  for (const field of ENTRY_FIELDS) {
    const changedHere = !same(field, base[field], mine[field]);
    const changedThere = !same(field, base[field], theirs[field]);
    if (!changedHere) Object.assign(merged, { [field]: theirs[field] });
    else if (changedThere && !same(field, mine[field], theirs[field])) {
      conflicts.push({ field, mine: mine[field], theirs: theirs[field] } as FieldConflict);
    }
  }
  return { merged, conflicts };
}
