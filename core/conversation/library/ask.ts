import type { Register } from './reflect';

/**
 * Open questions: one per reply, inviting the person to say more in their own way. `soft` ones
 * are short and ask little; `warm` ones are curious; `upbeat` ones build on good energy.
 */
export const ASK: Register & { upbeat: readonly string[] } = {
  soft: [
    'What feels heaviest right now?',
    'What would help most in this moment?',
    "What's that like for you?",
    "What's the hardest part?",
    'What do you need most right now?',
    "What's going through your mind?",
    'What else would you like me to know?',
  ],
  warm: [
    "What's been on your mind most today?",
    'What would make today feel a bit better?',
    'How have you been looking after yourself lately?',
    'What would you like to be different?',
    'What do you think is behind that?',
    'Where would you like to start?',
    'What matters most to you in all this?',
  ],
  upbeat: [
    "What's been giving you energy lately?",
    'What are you looking forward to?',
    'What made today a good one?',
    'How could you build on that?',
    "What's the best part of it for you?",
  ],
};

/** Questions about what they named, so the question follows their words. */
export const ASK_TOPIC: Register = {
  soft: [
    'What part of {topic} is hardest right now?',
    "What's the worst bit of {topic} for you?",
    'What about {topic} is weighing on you most?',
  ],
  warm: [
    'What would a good outcome with {topic} look like for you?',
    'How have you been handling {topic} so far?',
    'What part of {topic} would you like to talk through?',
    'What would make {topic} feel a little more manageable?',
  ],
};

export const ASK_PERSON: Register = {
  soft: ['What happened with {person}?', 'How are things between you and {person}?'],
  warm: [
    'How do you usually get on with {person}?',
    'What do you wish {person} understood?',
    'What would you like to happen with {person}?',
  ],
};

/** After "what should I do?": draw out their own ideas first (evoking, in MI terms). */
export const ASK_EVOKE = [
  'What have you already thought about trying?',
  "What's helped you before when things felt like this?",
  'If a friend were in your place, what would you tell them?',
  'What would be one small step in the right direction?',
  'What options can you see from where you are?',
];
