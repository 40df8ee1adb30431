import type { Register } from './reflect';

/** Short validations added for a stressed or low person: they slow the reply down. */
export const VALIDATE = [
  "That's a lot to carry.",
  'It makes sense that this feels heavy.',
  'Anyone would find that hard.',
  "You don't have to sort it all out right now.",
  "There's no rush here.",
  "It's okay to feel this way.",
  "Let's take it slowly.",
];

/** Affirmations of effort and strengths, when the person describes trying or managing. */
export const AFFIRM = [
  "You've been really trying, and that counts.",
  'That took courage.',
  'It says a lot about you that you tried.',
  "You're clearly putting a lot of care into this.",
  "Doing that while things are hard isn't small.",
];

/** Bringing back what they said earlier. {earlier} is their phrase, said back. */
export const RECALL: Register = {
  soft: ['Earlier you mentioned {earlier}. Is that still with you?'],
  warm: [
    'Earlier you mentioned {earlier}. Is that connected to this?',
    'You talked about {earlier} before. How does that fit with what is happening now?',
    'Earlier you brought up {earlier}. Is that part of this too?',
  ],
};

/** A summary every few turns: what they have told us, for them to confirm or correct. */
export const SUMMARY_ASK = [
  'Which of those feels biggest right now?',
  'What stands out most to you?',
  'Where would you like to go from here?',
];
export const SUMMARISE: Register = {
  soft: [
    "So far you've told me about {list}. That's a lot at once.",
    "So there's {list} on your mind. That's a lot to hold.",
  ],
  warm: [
    "Let me check I've understood: you've told me about {list}.",
    "So far we've talked about {list}. Have I got that right?",
    "Putting it together: {list}. That's a lot to hold at once.",
  ],
};

/** A gentle word on the gap between how they sound and what their face and voice show. */
export const HIDDEN_GAP = [
  'You sound fairly okay, and I also notice some signs of tension underneath. I might be wrong. How are you really doing?',
  "I notice a bit of a gap between what you're saying and how you seem. No pressure, but how are things underneath?",
  'Your words sound fine, and something in how you come across seems more strained. Is there more going on underneath?',
];
export const HIDDEN_GAP_SIGN = /underneath/;
/** The same gap after good news: the news is celebrated first, the gap named gently after. */
export const HIDDEN_GAP_NEWS = [
  "I also notice some tension in how you're coming across, and I might be wrong. How are you feeling underneath all this?",
  'Alongside the good news, I notice a few signs of strain. How are things underneath?',
];

export const NEWS = {
  open: [
    '{news}, that is wonderful news!',
    'Congratulations, {news}!',
    '{news}! That is brilliant.',
    "That's fantastic: {news}!",
  ],
  affirm: [
    'That took real work.',
    'You should be proud of that.',
    'All that effort paid off.',
    "That's a moment worth enjoying.",
  ],
  ask: [
    'How are you going to celebrate?',
    'What did it take to get there?',
    'How does it feel now that it has happened?',
    'Who are you going to tell first?',
  ],
  /** Glad without a named achievement: "today was actually great". */
  glad: ['That sounds really good.', "I'm really glad to hear that.", 'That is lovely to hear.'],
};

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
  ],
  warm: [
    "That's fine, there's no wrong answer here.",
    "Fair enough. Sometimes it's hard to put into words.",
    'No pressure at all.',
    'Okay.',
  ],
};
export const MINIMAL_ASK = [
  "What's one thing on your mind right now?",
  'Would it help to start with how today has been?',
  "What's one small thing that happened today?",
  'If you had to pick one word for today, what would it be?',
  'How is your body feeling right now?',
  'What would you like to get off your chest?',
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
