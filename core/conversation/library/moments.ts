import type { Register } from './reflect';

/** The short moments of a conversation: greetings, thanks, goodbyes, "idk", questions to it. */

export const GREET: Register & { again: readonly string[] } = {
  soft: [
    "Hi. I'm here, and there's no rush. How are you doing right now?",
    'Hello. Take your time. How are you feeling?',
  ],
  warm: [
    "Hi, it's good to hear from you. How are you feeling today?",
    "Hello! How's your day going so far?",
    "Hi there. What's on your mind today?",
  ],
  again: ['Hi again. What would you like to talk about?', "Hello again. I'm still here."],
};

export const THANKS = {
  open: [
    "You're welcome. I'm glad I could be here for this.",
    "You're very welcome.",
    "I'm glad it helped.",
    'Any time.',
  ],
  ask: [
    'Is there anything else on your mind?',
    'How are you feeling now?',
    'What would you like to do next?',
  ],
};

export const GOODBYE = {
  open: [
    'Take care of yourself. Thank you for talking with me.',
    "Go gently. I'm here whenever you want to talk again.",
    'It was good to talk. Look after yourself.',
  ],
  recap: [
    'Thank you for sharing about {list} today.',
    'You talked about {list} today; that took honesty.',
  ],
};

/** "idk", "ok", "meh": no pressure, then a gentle way in. */
export const MINIMAL: Register = {
  soft: [
    "That's okay. You don't need the right words.",
    "That's alright. We can go slowly.",
    "It's fine not to know.",
    "Okay. I'm still here with you.",
    "That's okay. Some days there aren't words.",
    'We can just sit with it for a moment.',
  ],
  warm: [
    "That's fine, there's no wrong answer here.",
    "Fair enough. Sometimes it's hard to put into words.",
    'No pressure at all.',
    'Okay.',
    "That's alright, take your time.",
    'Fair enough.',
  ],
};
export const MINIMAL_ASK = [
  "What's one thing on your mind right now?",
  'Would it help to start with how today has been?',
  "What's one small thing that happened today?",
  'If you had to pick one word for today, what would it be?',
  'How is your body feeling right now?',
  'What would you like to get off your chest?',
  'What has your energy been like today?',
  'Is there anything you have been carrying around today?',
];

/** Added only when every other combination has been said (a very long session of one message). */
export const STILL_HERE: readonly (readonly string[])[] = [
  [
    'We can stay with this as long as you need.',
    "I'm not going anywhere.",
    'Take all the time you need.',
    "I'm here for as long as this takes.",
    'There is no hurry at all.',
  ],
  [
    'What would be most useful to talk about now?',
    'Is there something else you would like to say?',
    'What would feel good to do next?',
    'Where are your thoughts right now?',
    'What do you notice in yourself right now?',
    'How is this moment for you?',
  ],
];

export const DECLINE = [
  "That's completely fine. We can just talk.",
  "No problem at all. It's your call.",
  'Of course. We can leave that.',
];

/** When they ask the companion what to do: honest that they know their life best. */
export const QUESTION_OPEN = [
  'You know your situation better than I do, and we can think it through together.',
  "I don't have the answer, but we can work on it together.",
  "Let's think about it together.",
  "That's a hard one, and it's good that you're asking.",
];

/** "How are you?", "are you a real person?": honest about what it is, then back to them. */
export const ABOUT_COMPANION = {
  open: [
    "I'm RIVION, a wellness companion: not a person and not a therapist, but I'm here to listen.",
    "I'm an app, not a person, and I'm glad to be here with you.",
    "Thanks for asking. I'm a wellness companion, so my day is really about yours.",
  ],
  ask: ['How are you doing?', "What's on your mind today?", 'How has your day been so far?'],
};
