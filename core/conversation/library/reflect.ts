/**
 * Reflections: the person's own words said back, so they feel heard and can correct us. `soft`
 * is for a stressed or low person (short, no questions stacked on), `warm` for everyone else.
 * Slots: {feeling} their feeling word, {topic} their phrase for what it is about, {person}.
 */
export interface Register {
  soft: readonly string[];
  warm: readonly string[];
}

export const REFLECT_FEELING_TOPIC: Register = {
  soft: [
    'It sounds like {topic} has you feeling {feeling}.',
    '{topic} is leaving you {feeling}.',
    'Feeling {feeling} about {topic} makes sense.',
    'So {topic} has you feeling {feeling} right now.',
    '{topic}, and feeling {feeling} about it.',
  ],
  warm: [
    'It sounds like {topic} has left you feeling {feeling}.',
    "I'm hearing that {topic} has you feeling {feeling}, and that makes sense.",
    "So when it comes to {topic}, you're feeling {feeling}.",
    'It sounds like {topic} is stirring up a lot, and feeling {feeling} is a big part of it.',
  ],
};

export const REFLECT_TOPIC: Register = {
  soft: [
    'It sounds like {topic} is weighing on you.',
    '{topic} sounds really hard right now.',
    'So {topic} is on your mind.',
    'It sounds like {topic} is taking a lot out of you.',
    '{topic} is a lot to carry.',
  ],
  warm: [
    'It sounds like {topic} is weighing on you at the moment.',
    'It sounds like {topic} has been taking up a lot of room in your head.',
    'So {topic} is a big part of what is going on for you right now.',
    "I'm hearing that {topic} matters a lot to you at the moment.",
  ],
};

export const REFLECT_PERSON: Register = {
  soft: [
    'It sounds like things with {person} are hard right now.',
    'So {person} is on your mind.',
    'That sounds painful, with {person}.',
  ],
  warm: [
    'It sounds like {person} is a big part of this.',
    'So {person} is on your mind today.',
    "It sounds like what's happening with {person} really matters to you.",
  ],
};

export const REFLECT_FEELING: Register = {
  soft: [
    "You're feeling {feeling}.",
    'Feeling {feeling} is a lot to sit with.',
    "I hear that you're feeling {feeling}.",
    'Thank you for telling me you feel {feeling}.',
    'That sounds really hard, feeling {feeling}.',
  ],
  warm: [
    "It sounds like you're feeling {feeling}.",
    "So you're feeling {feeling} right now, and that's worth paying attention to.",
    "Feeling {feeling} is understandable with what's going on.",
  ],
};

/** Good feelings get their own words: "that's understandable" is wrong for "I'm thrilled". */
export const REFLECT_GLAD = [
  "It's really good to hear you're feeling {gladFeeling}!",
  "I love that you're feeling {gladFeeling}.",
  "Feeling {gladFeeling}: that's great to hear.",
  "That's lovely. It sounds like you're feeling {gladFeeling}.",
];

export const REFLECT_PLAIN: Register = {
  soft: [
    'That sounds hard.',
    "I'm here, and I'm listening.",
    'Thank you for telling me.',
    'That sounds like a lot.',
    'I hear you.',
  ],
  warm: [
    'Thanks for telling me how it is going.',
    "I'd like to hear more about that.",
    "Okay, I'm with you.",
    "I'm glad you're talking it through.",
  ],
};

/** The topic came up before: saying so shows we remember and that it matters. */
export const REFLECT_RETURNING = [
  "You've come back to {returning} a few times now. It sounds like it's really on your mind.",
  '{returning} keeps coming up, which tells me how much it matters to you.',
  "We're back to {returning} again, and I think that says something about how big it is for you.",
];

/** Their own sentence said back in second person: the plainest proof of listening. */
export const REFLECT_CLAUSE: Register & { glad: readonly string[] } = {
  soft: ['It sounds like {clause}.', 'From what you say, {clause}.', "I'm hearing that {clause}."],
  warm: ['It sounds as if {clause}.', 'So {clause}.', "If I've understood, {clause}."],
  glad: [
    "It sounds like {gladClause}, and that's good to hear.",
    'That sounds good: {gladClause}.',
  ],
};

export const REFLECT_FEELING_PERSON: Register = {
  soft: ["What's happening with {person} has you feeling {feeling}."],
  warm: ['It sounds like what happened with {person} has left you feeling {feeling}.'],
};

/** The message goes on about what the one before named, without naming it again. */
export const REFLECT_ONGOING: Register = {
  soft: [
    'It sounds like {ongoing} is still very much with you.',
    '{ongoing} is clearly still weighing on you.',
  ],
  warm: [
    'It sounds like {ongoing} is still on your mind.',
    'So {ongoing} is still a big part of this.',
  ],
};

/** Harsh words about themselves ("why do I always mess up?"): named gently, not argued with. */
export const REFLECT_SELF_CRITICAL: Register = {
  soft: [
    "It sounds like you're being really hard on yourself right now.",
    "That's a harsh thing to say to yourself.",
  ],
  warm: [
    "It sounds like you're being really hard on yourself.",
    'I hear a lot of self-criticism in that.',
  ],
};

/** For a death or a loss, sorrow comes before anything else. */
export const SORRY = {
  open: ["I'm so sorry.", "I'm really sorry to hear that.", "I'm so sorry for your loss."],
  follow: [
    'Losing someone you love hurts.',
    "That's a real loss, and it's okay to feel it fully.",
    'Grief can take up so much room.',
  ],
};

/** Two feelings at once ("excited but nervous"): both are said back, neither corrected. */
export const REFLECT_MIXED = [
  'It sounds like {topic} has you feeling {mixed} at the same time.',
  "It sounds like you're feeling {mixed}, both at once.",
  'Feeling {mixed} at once makes a lot of sense.',
];
