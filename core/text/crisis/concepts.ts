import type { RuleSpec } from './rules.ts';

/**
 * Concept classes for crisis language, and the rules built by combining them. Each class names
 * one idea in the many ways people type it (over canonical text: "dont" is "don't", fillers like
 * "honestly" are gone), and a rule joins classes with a bounded gap of words, so "I'm just going
 * to make it permanent" and "gonna make it all permanent" are one rule rather than two phrases.
 * Bounded gaps keep every pattern linear in the length of the message.
 */

/** Up to `n` whole words, as few as possible. */
export const gap = (n: number) => `(?:[^\\s.!?,;]+ ){0,${n}}?`;
/** Any stretch of one sentence, up to `n` characters. */
export const within = (n: number) => `[^.!?\\n]{0,${n}}?`;

/** Medicines and objects used for self-harm or suicide. */
export const MEANS =
  '(?:pills|meds|medication|medicine|tablets|paracetamol|tylenol|painkillers|sleeping (?:pills|tablets)|antidepressants|insulin|sertraline|co-?codamol|codeine|ibuprofen|rope|gun|razors?|razor ?blades?|blades?)';
/** Places and vehicles people jump from or in front of. */
export const HEIGHT =
  '(?:roof|rooftop|bridge|building|cliff|car park|multi ?storey|balcony|ledge|tower|overpass|flyover|window)';
export const VEHICLE = '(?:train|bus|car|truck|lorry|van|traffic|tube|tram)';
/** When: a time soon or a date. */
export const TIME =
  '(?:tonight|today|tomorrow|this (?:weekend|week|evening|morning|afternoon)|right now|now|soon|after (?:my shift|work|sunday|monday|tuesday|wednesday|thursday|friday|saturday|tonight|this)|on (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|the \\d+(?:st|nd|rd|th)?)|before (?:morning|tomorrow))';
/** Ending one's life without naming it: "end it", "ending things", "make it permanent". */
const END_IT = `(?:end|ending|finish|finishing) (?:it|things|everything|it all|this)(?! (?:with|between|off|up|for|early|there|here|on|at|by|in|and (?:start|go|move)))`;
/** Writing that is read after the writer is gone. */
export const NOTE = '(?:letters?|notes?|messages?|videos?|recordings?|emails?|texts?)';
/** Others who would be better off: the classic burden-to-death thought. */
const OTHERS = `(?:everyone|everybody|everyone's|everybody's|they|they'd|they'll|them|people|the world|you all|you|my (?:family|kids|children|parents|partner|mum|dad|friends|wife|husband|boyfriend|girlfriend|sister|brother))`;
const BETTER =
  '(?:better|easier|happier|fine|lighter|calmer|simpler|relieved|free|freer|better off|throw a party|celebrate)';
const WITHOUT_ME = `(?:without me|with me gone|once i'm gone|when i'm (?:gone|dead|not (?:around|here))|if i (?:just )?(?:was|were|wasn't|weren't|was not|were not|am not|'m not) (?:here|around|alive|in (?:it|the picture|their lives?|your lives?)|gone|dead|there)|if i (?:died|disappeared|didn't exist|did not exist|was gone|left for good))`;

export const CONCEPT_SPECS: RuleSpec[] = [
  // Severe: ending it, with a time, a finality or nothing after it.
  {
    level: 'severe',
    reason: 'intent to end their life',
    source: `${END_IT}(?= *(?:${TIME}|[.!?,;]|$|once|when|before|for good|forever|now))|(?:it's|it is|it all|everything) (?:ending|ends|going to end|will end)(?= *${TIME})|make (?:it|this|everything|it all) permanent|(?:stop existing|disappear|vanish|be gone) (?:permanently|forever|for good)`,
    checkSubject: true,
    unless:
      'relationship|marriage|boyfriend|girlfriend|partner|husband|wife|with (?:him|her|them)|\\bex\\b|friendship|call|conversation|meeting|season|series|show|game|chapter|book|subscription|contract|lease|streak|diet|argument|tattoo|hair|dye|job|role|position|arrangement|fight|debate|match|episode|term|semester|project|essay|draft',
  },
  // Severe: no reason to live, said any way.
  {
    level: 'severe',
    reason: 'does not want to live',
    source: `(?:don't|do not|can't|cannot|can not) (?:see|find|think of|have) (?:a|any|one|a single) (?:good )?reasons? (?:left )?(?:for me )?to (?:live|keep living|be alive|stay alive|keep going|go on|be here|carry on|exist|wake up)|(?:no|not a|not one) (?:single )?(?:good )?reasons? (?:left )?(?:for me )?to (?:live|keep living|be alive|stay alive|go on|be here|exist|wake up)|(?:not sure|unsure|don't know if|don't know whether|not certain) (?:if |whether )?(?:i )?(?:still )?(?:want|wanna) (?:to )?(?:be alive|be here|exist|stay alive|live)(?! (?:in|here|there|with|at|near|abroad|on)(?![\\p{L}]))`,
    fixedNegation: true,
  },
  // Severe: others better off, in any order of words.
  {
    level: 'severe',
    reason: 'others better off without them',
    source: `${OTHERS}(?: would| will|'d|'ll| is| are|'s| be)? ${gap(8)}${BETTER} ${gap(3)}${WITHOUT_ME}|${WITHOUT_ME}${within(40)}${OTHERS}(?: would| will|'d|'ll)? (?:be )?${gap(3)}${BETTER}(?! if)`,
    checkSubject: true,
  },
  // Severe: asking about a method or a lethal amount.
  {
    level: 'severe',
    reason: 'asking about a method',
    source: `how (?:many|much) ${within(60)}(?:would it take|it would take|does it take|it takes|will it take|would (?:kill|do (?:me|you|someone|them) in)|to kill (?:you|me|someone|a person|myself)|to die|to (?:not|never) wake up|is (?:lethal|fatal|deadly|too much to survive)|before (?:it|you|i|they|someone) (?:die|dies|kills|does)|to od|to overdose)|(?:most|max|maximum) ${within(50)}(?:could|can|would) (?:take|swallow|have) before|(?:does|do) (?:them|you|me|someone) in|can (?:you|i|someone|a person|people) (?:overdose|od|die) (?:on|from)|how (?:high|tall|far|deep|long|fast) ${within(60)}(?:(?:don't|not|wouldn't|won't|can't) survive|to die|be fatal|kill (?:you|me|someone)|instant death|die instantly)|(?:a|any|the) (?:way|method) to (?:go|die|do it|end it|check out)(?: (?:that|which))? (?:doesn't|does not|won't|wouldn't|without) (?:hurt|hurting|pain)|(?:is there|what's) (?:a|an|the) (?:painless|quick|easy|peaceful) (?:way|method|death)|(?:floor|storey|story|stories|storeys|metres|meters|feet|ft) (?:be )?(?:enough|high enough)|high enough to (?:die|kill|not survive)|(?:what (?:happens|would happen)|would (?:i|you) die|will (?:i|you) die) if (?:you|i|someone) (?:take|took|swallow|swallowed|drink|drank|had) ${within(20)}(?:${MEANS}|bleach|all of|a whole|the whole|\\d+)`,
    unless:
      '(?:dogs?|cats?|pets?|vet|puppy|kitten|horses?|rabbits?|hamsters?|animals?|plants?|fish|news|article|documentary|course|lecture|exam|pharmacology|homework|nursing|med school|medical school|textbook|toothache|headache|period|cramps|hangover|per day|a day|in a day)',
  },
  {
    level: 'severe',
    reason: 'asking about a method',
    source:
      '(?:would|will) (?:it|that) (?:be )?(?:quick|quicker|painless|instant|fast|hurt)|(?:would|will) i (?:feel (?:it|anything)|suffer)|is it (?:quick|painless|instant)',
    requires: `in front of|jump|bridge|roof|${VEHICLE}|pills|overdose|\\bod\\b|rope|hang|cut|wrists|die|dead|kill|drown|fall`,
    unless:
      'injection|vaccine|jab|tattoo|piercing|surgery|dentist|wax|blood test|smear|filling|operation|drive|journey|route|delivery|download|queue|haircut',
  },
  // Severe: the means at hand, taken or in place.
  {
    level: 'severe',
    reason: 'has means or a plan',
    source: `(?:took|taken|swallowed|taking|take|downed) (?:everything|all|the lot|whatever (?:was|is)|every (?:pill|tablet)) (?:in|from|of) (?:the|my|mum's|dad's) (?:[^\\s.!?]+ )?(?:cabinet|cupboard|drawer|box|bottle|packet|pills|meds|tablets|medicine|medication|prescription|blister)|(?:swallowed|taken|took|downed|had) (?:half|most|all|the whole|a whole|two|three) (?:of )?(?:the |a |my )?(?:box|bottle|packet|pack|strip|lot|blister)|${MEANS} (?:are|is|'re)? ?(?:all )?(?:saved|stockpiled|stashed|hoarded|ready|lined up|counted out)|(?:have|got|saved|collected) enough ${MEANS}|(?:took|taken|take|has taken|had|taking) an? (?:overdose|od)|know (?:exactly )?(?:which|where|how|what|when) ${within(30)}(?:${HEIGHT}|${MEANS}|dose|drop|tracks)`,
    checkSubject: true,
  },
  {
    level: 'severe',
    reason: 'has means or a plan',
    source: `(?:save|saving|saved|stockpile|stockpiling|hoard|hoarding|keep|keeping) (?:them|these|those|it) (?:all )?up|make it look like an accident|(?:car|engine) ${within(40)}(?:garage|hose|exhaust)|(?:garage|hose|exhaust)${within(40)}engine running|(?:not|won't be|am not|i'm not) getting on (?:it|the train)`,
    requires: `${MEANS}|accident|engine|train|tracks|platform`,
    checkSubject: true,
    unless: 'mechanic|fix(?:ing)?|repair|warm(?:ing)? up|strike|cancelled|delayed|wrong train',
  },
  {
    level: 'severe',
    reason: 'at a place to jump',
    source: `(?:on|at|standing on|sat on|sitting on|stood on) the (?:edge|ledge|railing|parapet) of (?:the |a )?${gap(2)}${HEIGHT}|legs (?:over|dangling off|hanging over) (?:the )?(?:edge|side|railing|ledge)?|(?:i'm|i am|standing|sat|sitting|stood) (?:up )?(?:on|at) (?:the )?(?:top of (?:the |a )?)?${HEIGHT}(?= *(?:right now|now|and|of|looking|[.!?,;]|$))`,
    unless:
      'traffic|driving|in the car|stuck|queue|view|photo|picnic|party|drinks|fixing|gutter|repair|roofer|tiles|sunset|bar|terrace|garden|bbq|barbecue|seat|sofa|bed|chair|cliffhanger|episode',
  },
  {
    level: 'severe',
    reason: 'has means or a plan',
    source: `(?:step|stepped|stepping|walk|walked|walking|jump|jumped|jumping|throw myself|threw myself|lie down|lay down|lying) (?:out )?(?:in front of|under) (?:the |a |an )?${gap(2)}${VEHICLE}`,
    checkSubject: true,
    unless: 'nearly|almost|accident|by mistake|wasn.t looking|didn.t see',
  },
  {
    level: 'severe',
    reason: 'has set a date',
    source: "(?:i've |i have |i )?(?:set|picked|chosen|chose) (?:a|the) date(?= *(?:$|[.!?,;]))",
    unless:
      '\\bwe\\b|\\bour\\b|wedding|party|meeting|appointment|trip|holiday|move|moving|surgery|exam|interview|gig|launch|anniversary|engaged|baby|due',
  },
  {
    level: 'severe',
    reason: 'intends to die',
    source: `make sure (?:i|that i) (?:don't|do not|never|won't)(?: (?:ever )?(?:wake up|survive|come back|be here|be around)|(?= *(?:$|[.!?,;])))`,
    requires: 'wake up|survive|come back|be here|be around|alive',
  },
  {
    level: 'severe',
    reason: 'suicidal thoughts',
    source: `(?:my (?:brain|head|mind|thoughts)|the voices?|intrusive thoughts?|voices? in my head) *:? *(?:is |are |keeps? |just )?(?:telling me|saying|tells me|says|screaming|whispering)? *:? *(?:to )?(?:just )?(?:kill (?:yourself|myself)|kys|kms|die|end it|jump)`,
  },
  {
    level: 'severe',
    reason: 'self-harm',
    // "I've been cutting" with no object is cutting oneself, not cutting carbs or hair.
    source:
      "(?:i|i've|i'm|i have|i was|been|started|keep|kept) (?:been |started )?(?:cut|cutting)(?= *(?:deeper|again|more|tonight|today|last night|earlier|badly|too deep|harder|[.!?,;]|$))",
    selfHarm: true,
  },

  // Elevated: passive wishes, in the shape "wouldn't mind if a bus hit me" either way round.
  {
    level: 'elevated',
    reason: 'passive wish to be dead',
    source: `(?:wouldn't|would not|won't|will not) (?:be )?(?:mad|mind|care|upset|sad|bothered|complain|object|cry|fight it)|(?:i'd|i would|i'll|i will) (?:be )?(?:so )?(?:relieved|glad|grateful|happy|fine|ok|okay|thankful)`,
    requires: `if (?:i|a|the|some|my|an) ${within(50)}(?:hit (?:me|by)|got hit|get hit|run over|ran (?:me )?over|took me out|takes me out|killed me|kills me|fell on me|dropped dead|didn't wake up|never woke up|died|just died|(?:plane|flight|car|bus|train|lorry|truck|ship|boat|building|ceiling|roof|lift|elevator) ${within(40)}(?:went down|goes down|crashed|crashes|fell|collapsed|sank|exploded|blew up))`,
    fixedNegation: true,
  },
  {
    level: 'elevated',
    reason: 'passive wish to be dead',
    source: `(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:just )?(?:don't|do not|never|won't|wouldn't|didn't) (?:ever )?wake up|(?:fall|go) (?:to )?(?:asleep|sleep) and (?:stay asleep|never wake|not wake|don't wake|never wake up)|(?:hope|hopes|hoping|wish|wishing) (?:that )?(?:the|a|my|some) ${within(30)}(?:crash|crashes|goes down|hits me|kills me|runs me over|falls on me)|(?:everyone|everybody|they|people|nobody|no one) (?:would|'d|will) (?:forget|forget about|move on from|not notice|not miss|get over) me|(?:vanish|disappear)${within(40)}(?:nobody|no one|noone|never) (?:would |could |will )?(?:find|finds|see|sees) me|(?:don't|do not) (?:want|wanna) (?:to )?be (?:here|alive|around)(?! (?:at|in|with|for|on|when|today|tonight|tomorrow|this|if|because|right now|anymore|any more)(?![\\p{L}]))`,
    fixedNegation: true,
    unless:
      'lecture|class|meeting|party|office|school|work|job|wedding|town|city|country|house|flat|room|place|queue|shop|hospital|appointment',
  },
  // Elevated: not coping.
  {
    level: 'elevated',
    reason: "can't cope any longer",
    source: `at (?:my|the) (?:absolute )?(?:limit|wits'? end)|(?:i'm|i am) not coping|not coping (?:at all|anymore|any more)|(?:can't|cannot|can not) (?:face|do|handle|take|survive|get through) (?:another|one more) (?:day|night|week|morning)|(?:can't|cannot|can not) face (?:tomorrow|anything|life|living|the day|getting up|it anymore|another)|how many more (?:days|nights|weeks|months) ${gap(3)}(?:i've got|i have|i can|left|in me|can i)|(?:can't|cannot) (?:hold|keep) (?:it|myself|things|everything) (?:all )?together|how ${gap(2)}(?:long|longer) i (?:can|could) (?:hold|keep) (?:it|myself|things|everything) (?:all )?together|(?:i'm|i am) falling apart|(?:barely|hardly) (?:holding|keeping) (?:it|myself|things|everything) (?:all )?together|(?:barely|hardly) (?:coping|surviving|hanging on|holding on)|(?:can't|don't|cannot) see (?:myself|how i(?: can| could|'ll)?) (?:getting|get|make it|making it|surviving|survive|lasting|last) (?:through )?(?:another|this|the|much)|(?:i'm|i am|feel like i'm|like i'm) drowning(?! in (?:work|paperwork|emails|laundry|assignments|homework|debt|admin|deadlines|water))|running out of (?:reasons|will|strength) to (?:keep going|live|go on|carry on|keep living|try)`,
    resolvable: true,
  },
  // Elevated: self-harm urges, relapse, scars.
  {
    level: 'elevated',
    reason: 'self-harm urge',
    source:
      '(?:the|an|this|these|my) urges?|tempted|craving|relaps(?:e|ed|ing)|(?:clean|free) (?:from|of) (?:cutting|self harm|self-harm|sh|hurting myself)',
    requires:
      'cut|cutting|self[- ]?harm|\\bsh\\b|hurt(?:ing)? myself|burn(?:ing)? myself|blade|razor',
    unless: 'to eat|to buy|to smoke|to drink|to text|shopping|sugar|chocolate|vape|binge',
    fixedNegation: true,
  },
  {
    level: 'elevated',
    reason: 'self-harm (in the past)',
    source:
      "(?:haven't|have not|hasn't|not) (?:cut|hurt myself|self[- ]?harmed|harmed myself|burned myself) (?:in|for|since)|(?:my|the|old) (?:self[- ]?harm )?scars(?: on my (?:wrists?|arms?|thighs?|legs?|stomach|hips?|body|skin))?|scars on my (?:wrists?|arms?|thighs?|legs?|hips?)",
    fixedNegation: true,
    unless:
      'surgery|operation|c[- ]?section|acne|chicken ?pox|spots|accident|tattoo|piercing|cooking|scar cream|bite|dog|cat|stretch marks|burn from|keyhole|appendix|knee|football',
  },
  // Elevated: someone else at risk, told in the ways people report it.
  {
    level: 'elevated',
    reason: 'someone else is at risk',
    source:
      '(?:talking|talks|talked|talk|joking|jokes|joked|posting|posts|posted|writing|writes|mentioned|mentions|going on|goes on) about (?:suicide|killing (?:herself|himself|themselves|themself)|ending (?:it|her life|his life|their life|things)|dying|wanting to die|not being here|self[- ]?harm)|(?:messages?|texts?|posts?|notes?) (?:sound|sounded|sounds|read|reads|look|looked|seem|seemed) like (?:a )?(?:goodbyes?|suicide notes?|a farewell|final)|(?:going to|gonna|will|might) (?:do something(?: stupid)?|hurt (?:herself|himself|themselves))(?= *(?:$|[.!?,;]|to (?:herself|himself|themselves)))|(?:gave|given|giving|gives) away (?:her|his|their) (?:cat|dog|pets?|guitar|stuff|things|belongings|possessions|clothes|collection|jewell?ery)',
    checkSubject: true,
    unless: `film|movie|show|series|book|novel|character|news|article|documentary|lecture|class|podcast|care home|nursing home|downsiz|old|charity`,
  },
  {
    level: 'elevated',
    reason: 'hopelessness',
    source: `(?:don't|doesn't|can't|cannot) see the point (?:in|of) (?:living|life|being alive|anything|going on|carrying on|trying|waking up|it all|any of it)|nothing (?:is |'s )?(?:ever )?(?:going to|will) (?:change|improve|get better)(?= *(?:$|[.!?,;]|for me|in my life))`,
    fixedNegation: true,
    checkSubject: true,
    resolvable: true,
  },
  {
    level: 'elevated',
    reason: 'feels a burden',
    source: `(?:everyone|everybody|they|people|my family)(?: would|'d) be ${gap(2)}(?:happier|better off|better) if i (?:just )?(?:kept|stayed|went) away`,
  },
  {
    level: 'elevated',
    reason: 'suicide attempt',
    source: `attempted(?= *(?:$|[.!?,;]|last|in|before|again|twice|suicide|and|when|at))|(?:cut|cuts|cutting|burns|burning|hurts|hurting|scratches) (?:his|her|their) (?:arms?|legs?|wrists?|thighs?|skin|stomach)`,
    checkSubject: true,
    unless: 'film|movie|show|book|character|news',
  },
  {
    level: 'elevated',
    reason: 'thinking about suicide (denied only for now)',
    source: "(?:not going to|won't|will not|not gonna) do it (?:tonight|today|yet|now|for now)",
    requires: 'promise|at least|yet|for now|anyway|tomorrow',
    fixedNegation: true,
  },
  {
    level: 'elevated',
    reason: 'told to harm themselves',
    source:
      '(?:saying|said|says|told me|tell me|telling me|messaged|texted) (?:that )?i should (?:go |just )?(?:die|kill myself|kms|end it|end myself|jump)',
  },
  {
    level: 'elevated',
    reason: 'thinking about self-harm',
    // A denial of a euphemism ("not gonna do anything stupid tonight") still names the thought.
    source: '(?:do|doing) (?:anything|something) (?:stupid|dumb|drastic)',
    requires: "tonight|today|at least|yet|for now|promise|won't|not going to",
    fixedNegation: true,
    unless: "don't do|dont do|you do|he do|she do|they do",
  },
];
