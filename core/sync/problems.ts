/**
 * Turns a failed check of a record's data into one plain sentence ("A tag can be at most 40
 * characters."), never a zod path: the page shows it before saving and the server sends the same
 * one when it refuses a change.
 */
import type { z } from 'zod';

/** How a field is named in a sentence: the field itself, and one item of it when it is a list. */
const FIELD_NAMES: Record<string, { field: string; item?: string; items?: string }> = {
  mood: { field: 'The mood' },
  text: { field: 'The text' },
  tags: { field: 'An entry', item: 'A tag', items: 'tags' },
  occurred_at: { field: 'The date and time' },
  started_at: { field: 'The start time' },
  ended_at: { field: 'The end time' },
  created_at: { field: 'The time of the message' },
  recorded_at: { field: 'The time of the reading' },
  topic: { field: 'The topic' },
  notes: { field: 'The notes' },
  content: { field: 'The message' },
  text_keywords: { field: 'A reading', item: 'A keyword', items: 'keywords' },
  face_features: { field: 'The face features', item: 'A face feature' },
  voice_features: { field: 'The voice features', item: 'A voice feature' },
};

function fieldName(path: readonly PropertyKey[]): string {
  const [field, item] = path;
  if (field === undefined) return 'The record';
  const names = FIELD_NAMES[String(field)];
  if (item !== undefined && names?.item) return names.item;
  return names?.field ?? `The ${String(field).replaceAll('_', ' ')}`;
}

function sentence(issue: z.core.$ZodIssue): string {
  const name = fieldName(issue.path);
  const names = FIELD_NAMES[String(issue.path[0])];
  switch (issue.code) {
    case 'too_big':
      if (issue.origin === 'string') return `${name} can be at most ${issue.maximum} characters.`;
      if (issue.origin === 'array')
        return `${name} can have at most ${issue.maximum} ${names?.items ?? 'items'}.`;
      if (issue.origin === 'number') return `${name} can be at most ${issue.maximum}.`;
      return `${name} is too large.`;
    case 'too_small':
      if (issue.origin === 'string') return `${name} cannot be empty.`;
      if (issue.origin === 'number') return `${name} must be at least ${issue.minimum}.`;
      return `${name} is too small.`;
    case 'unrecognized_keys':
      return `The record has a field RIVION does not know: ${issue.keys.join(', ')}.`;
    case 'invalid_key':
      return `${name} has a name that is not allowed.`;
    case 'custom':
      return `${name} ${issue.message}.`;
    default:
      return `${name} is not valid.`;
  }
}

/** The sentence for the first problem found. */
export function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? sentence(issue) : 'The record is not valid.';
}
