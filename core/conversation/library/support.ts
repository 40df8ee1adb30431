import type { Register } from './reflect';

/** What a reply adds around a reflection: validation, affirmation, memory, summary, news. */

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
  "That's a real step.",
  'It says a lot about you that you tried.',
  "You're clearly putting a lot of care into this.",
  "Doing that while things are hard isn't small.",
];

/** Bringing back what they said earlier. {earlier} is their phrase, said back. */
export const RECALL: Register & { open: readonly string[] } = {
  /** After "ok" or "idk": a way back in, not a link to a message that said nothing. */
  open: [
    'Earlier you mentioned {earlier}. Is that still on your mind?',
    'You brought up {earlier} before. How is that sitting with you now?',
  ],
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
    'That took real effort.',
    'You should be proud of that.',
    'All that hard work paid off.',
    "That's a moment worth enjoying.",
  ],
  ask: [
    'How are you going to celebrate?',
    'What did it take to get there?',
    'How does it feel now that it has happened?',
    'Who are you going to tell first?',
  ],
  /** Good news with a worry in the same breath: "I got the job but I'm terrified". */
  mixed: [
    '{news}, and it makes sense to feel {feeling} about it too.',
    '{news}! Feeling {feeling} as well is completely understandable.',
  ],
  /** A birthday or anniversary told with no worry in it. */
  birthday: ['Happy birthday!', 'Happy birthday! I hope it is a good one.'],
  birthdayAsk: ['How are you spending the day?', 'What would make today feel special?'],
  /** Glad without a named achievement: "today was actually great". */
  glad: ['That sounds really good.', "I'm really glad to hear that.", 'That is lovely to hear.'],
};
