import type { Register } from './reflect';

/**
 * Open questions: one per reply, inviting the person to say more in their own way. `soft` ones
 * are short and ask little; `warm` ones are curious; `upbeat` ones build on good energy.
 */
export const ASK: Register & { upbeat: readonly string[]; probe: readonly string[] } = {
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
    'How have you been looking after yourself lately?',
    'What else has been happening for you?',
    "How's the rest of your week looking?",
    'What would you like to talk about today?',
  ],
  /** For a settled person telling something hard: curious about it, not about their day. */
  probe: [
    'Where would you like to start?',
    'What would make today feel a bit better?',
    'What would you like to be different?',
    'What do you think is behind that?',
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

/** After self-criticism: the kindness they would show someone else. */
export const ASK_SELF_KIND = [
  'What would you say to a friend who felt this way about themselves?',
  'Would you talk to someone you care about like that?',
];

/** "Am I overreacting?": their feelings count, and the question is turned back gently. */
export const DOUBT = {
  open: [
    'What you feel is real, and it makes sense to take it seriously.',
    "Feelings don't have to be earned. Yours count.",
  ],
  ask: ["What's making you wonder about that?", 'What happened that made you ask?'],
};

/** After a death: an invitation to talk about who they lost, if they want to. */
export const ASK_LOSS = [
  'Would you like to tell me about them?',
  'What are you missing most right now?',
  'How are you holding up?',
];
