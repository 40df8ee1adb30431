import { oneOf, phrase } from './phrases';

/**
 * Figures of speech that borrow the words of death and violence without meaning them
 * ("this deadline is killing me", "I'd kill for a coffee"). Crisis detection blanks them out
 * before matching; sentiment scores each as one unit with the valence it carries in use.
 * Keep them narrow: an idiom that swallows a real disclosure is worse than a false alarm.
 */
export const IDIOMS: readonly { pattern: RegExp; valence: number }[] = [
  { source: "(?:is|are|was|were|'s|'re|be|keeps?) killing me", valence: -1 },
  { source: '(?:killed|killing|smashed|nailed) it', valence: 2 },
  {
    source:
      "(?:'d|would|could|i'd) (?:kill|murder|die) for (?:a|an|some|the|this|that|another|one)",
    valence: 1,
  },
  { source: "(?:could|would|'d) murder (?:a|an|some)", valence: 1 },
  { source: 'dying (?:to|for)', valence: 1 },
  { source: 'to die for', valence: 2 },
  {
    source: `(?:die|died|dying|dead) (?:of|from|with) ${oneOf([
      'embarrassment',
      'boredom',
      'laughter',
      'laughing',
      'shame',
      'cuteness',
      'curiosity',
      'heat',
      'thirst',
      'hunger',
      'jealousy',
    ])}`,
    valence: -1,
  },
  { source: 'dying (?:laughing|of laughter)', valence: 1 },
  {
    source:
      '(?:joke|video|meme|tweet|post|show|comedian|line|pun|puns|story|face|reaction) (?:killed|kills|kill) me',
    valence: 2,
  },
  { source: 'dead (?:tired|serious|on|wrong|right|set|easy|beat|last|quiet)', valence: -1 },
  {
    source: `${oneOf([
      'phone',
      'battery',
      'laptop',
      'car',
      'plants?',
      'computer',
      'charger',
      'tv',
      'wifi',
      'headphones',
      'mouse',
      'printer',
      'engine',
      'torch',
      'tablet',
      'console',
    ])} (?:is |was |has |had |just |finally |totally )*(?:died|dead|dying)`,
    valence: -1,
  },
  { source: '(?:bored|scared|worried|frightened|sick|tickled) to death', valence: -1 },
  {
    source: "(?:i'?m|im|i am) (?:dying|dead|deceased)(?= ?(?:💀|😂|🤣|lol|lmao|haha|rn 💀))",
    valence: 1,
  },
  { source: '(?:career|social|political|financial) suicide', valence: -1 },
  { source: 'suicide (?:squad|runs?|sprints|drills|doors|mission|king)', valence: 0 },
  { source: "(?:'d|would|i'd) rather die than", valence: -1 },
  { source: 'over my dead body', valence: -1 },
  { source: '(?:be )?the death of (?:me|her|him|them|us)', valence: -1 },
  { source: 'kill (?:time|the lights|the engine|the music|the vibe)', valence: 0 },
  { source: 'drop dead(?: gorgeous)?', valence: 0 },
].map(({ source, valence }) => ({ pattern: phrase(source), valence }));
