/**
 * A compact English valence lexicon written for RIVION (no third-party word list), weights from
 * -3 (very negative) to +3 (very positive). Grouped by weight so a reviewer can scan a tier.
 */
const TIERS: Record<string, string> = {
  '3': `amazing awesome brilliant delighted ecstatic excellent fantastic incredible joyful love loved
    loving magnificent marvelous marvellous outstanding perfect superb thrilled wonderful blessed
    overjoyed elated best adore adored phenomenal`,
  '2': `beautiful better calm calmer celebrate cheerful comfortable confident content excited
    fun glad good grateful great happy happier happiest healthy hope hopeful inspired
    laugh laughed laughing lovely lucky nice optimistic peaceful pleased positive proud relaxed
    relieved safe satisfied smile smiled smiling strong succeeded success successful supported
    thankful thanks win won enjoy enjoyed enjoying appreciate appreciated beloved brave
    cool creative energized fabulous free friendly gorgeous heartwarming impressed rested
    refreshed sweet yay hooray congrats congratulations motivated accomplished cozy cosy`,
  '1': `alright fine interesting okay ok ready welcome helpful liked useful
    easy improve improved improving fair decent chill hopefully steady solid clear progress
    support rest relief thank wow fresh funny`,
  '-1': `annoyed annoying awkward bored boring busy confused difficult doubt hard late meh
    nervous odd problem problems tense tough unsure uneasy weird wrong worried worry worrying
    sick tired bad lost slow messy sorry pressure stressful mistake mistakes struggle struggling
    concerned disappointed bother bothered fail fails strange unfair rough`,
  '-2': `afraid angry anxious anxiety ashamed awful broke broken crying cry cried depressed
    disappointing dread dreading drained embarrassed exhausted fear frustrated frustrating
    guilty hate hated hurt hurting ill jealous lonely mad overwhelmed pain painful
    panic sad sadly scared stress stressed terrible ugly unhappy upset weak worse failed failure
    alone isolated hopeless helpless useless numb empty trapped burnout burnt regret
    grief grieving mourning crushed desperate disgusted disgusting furious gross horrible
    insecure irritated irritating lousy nasty pathetic rejected resent sucks sucked
    unbearable unwanted victim worst killing stuck suffering suffer`,
  '-3': `devastated worthless heartbroken miserable suicidal terrified traumatized traumatised
    despair agony abused hopelessness horrendous hell nightmare disaster catastrophe dying die
    dead death kill`,
};

/** Emoji that carry valence in chat; 💀 and 😂 are laughter far more often than anything else. */
const EMOJI: Record<string, number> = {
  '😀': 2,
  '😃': 2,
  '😄': 2,
  '😁': 2,
  '😊': 2,
  '🙂': 1,
  '😍': 3,
  '🥰': 3,
  '❤': 2,
  '❤️': 2,
  '👍': 1,
  '🎉': 2,
  '✨': 1,
  '😂': 1,
  '🤣': 1,
  '💀': 0,
  '😌': 1,
  '🥳': 3,
  '💪': 1,
  '🙏': 1,
  '😢': -2,
  '😭': -2,
  '😞': -2,
  '😔': -2,
  '😟': -2,
  '😡': -3,
  '😠': -2,
  '💔': -3,
  '😩': -2,
  '😫': -2,
  '😰': -2,
  '😱': -2,
  '😖': -2,
  '😣': -2,
  '🙄': -1,
  '😒': -1,
  '😤': -2,
  '🥺': -1,
};

export const VALENCE: ReadonlyMap<string, number> = new Map([
  ...Object.entries(TIERS).flatMap(([weight, words]) =>
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((word): [string, number] => [word, Number(weight)]),
  ),
  ...Object.entries(EMOJI),
]);

/** Multipliers for the word right before a valence word ("very happy", "a bit sad"). */
export const INTENSIFIERS: ReadonlyMap<string, number> = new Map([
  ['very', 1.3],
  ['really', 1.25],
  ['so', 1.3],
  ['extremely', 1.5],
  ['incredibly', 1.5],
  ['super', 1.3],
  ['totally', 1.3],
  ['completely', 1.4],
  ['absolutely', 1.4],
  ['utterly', 1.5],
  ['truly', 1.25],
  ['deeply', 1.4],
  ['seriously', 1.25],
  ['such', 1.2],
  ['too', 1.2],
  ['fucking', 1.5],
  ['freaking', 1.3],
  ['most', 1.3],
  ['insanely', 1.5],
  ['beyond', 1.4],
  ['slightly', 0.5],
  ['somewhat', 0.6],
  ['bit', 0.6],
  ['little', 0.6],
  ['kinda', 0.6],
  ['sorta', 0.6],
  ['barely', 0.4],
  ['mildly', 0.5],
  ['fairly', 0.8],
  ['quite', 0.9],
  ['rather', 0.8],
  ['almost', 0.7],
  ['partly', 0.6],
  ['pretty', 0.9],
]);

/** Comparatives that a negation strengthens instead of flipping ("never felt worse"). */
export const COMPARATIVES = new Set(['worse', 'better', 'happier', 'best', 'worst', 'more']);

/** Words that make the clause after them count more than the clause before ("..., but ..."). */
export const CONTRASTS = new Set(['but', 'however']);
