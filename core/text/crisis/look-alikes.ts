import { MYSELF, oneOf } from '../phrases';
import { HOPELESS_SKILL } from './rules';

/**
 * Look-alikes: phrases that borrow a risk word or a goodbye cue and that the rules deliberately
 * refuse inside their patterns (a negative lookahead such as `burden(?! of proof)`), written here
 * the other way round so their spans can be left out of what the learned classifier reads, as
 * idioms are. A bag of words sees "burden" in "the burden of proof" and "read it after" in "leave
 * me a message and I will read it after"; the rules have already settled both as ordinary. Each
 * entry names the rule it mirrors (the hopelessness one shares its list of skills, so the two
 * cannot drift apart). Keep them as narrow as idioms: a look-alike that swallows a disclosure hides
 * it from the classifier, though never from the rules, which read the whole message.
 */
export const LOOK_ALIKE_SOURCES: readonly string[] = [
  // A skill or a kind of person, not a life (the hopelessness rule's lookahead).
  `hopeless(?:ness)? ${HOPELESS_SKILL}`,
  // A legal phrase (the burden rule's lookahead).
  'burden of proof',
  // Leaving a group or an app (the slang rule's `delete myself(?! from| off)`).
  `(?:delete|deleted|deleting|deletes) ${MYSELF} (?:from|off)`,
  // Storage that keeps a gun locked away, not a means at hand (the means rules never fire on it;
  // the classifier trained on everyday text read "I ordered a gun safe for the farm" as elevated).
  'gun (?:safe|safes|cabinet|cabinets|lock|locks)',
  // A body's need said as hyperbole: "I'm going to die if I don't sleep" (the labelling rules'
  // own example of none; the classifier read it severe, p 0.68).
  `(?:going to|gonna|will|'ll) die if (?:i|we) (?:don't|do not|dont) (?:get |have |grab )?(?:some |a |my |any )?${oneOf(
    [
      'sleep',
      'nap',
      'coffee',
      'caffeine',
      'food',
      'snack',
      'lunch',
      'dinner',
      'breakfast',
      'eat',
      'rest',
    ],
  )}`,
  // The writer reads it later; the goodbye-note rule wants someone else to ("for X to read after").
  `${oneOf([
    "i'll",
    'i will',
    'i can',
    'i could',
    "i'd",
    'let me',
  ])} (?:read|open|watch|listen to|check) (?:it|them|this|that) after(?:wards)?`,
];
