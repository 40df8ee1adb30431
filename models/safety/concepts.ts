/**
 * Word classes the classifier sees as extra features ("k:means", and "k:means+now" when two meet
 * in one message). They carry what a few hundred messages per author cannot teach: that "oxy",
 * "panadol" and "sleeping tablets" are one thing, as are "tonight" and "after this weekend".
 * They only name ideas; the weights on them, and on their pairs, are learned. Entries are whole
 * canonical words or phrases ("don't" not "dont": canonical text spells texting forms out).
 */
export const CRISIS_CONCEPTS: Record<string, string[]> = {
  death:
    `die|dying|died|dead|death|suicide|suicidal|kill myself|killing myself|kms|unalive|ctb|end it|end it all|ending it|end things|ending things|end my life|take my life|taking my life|not be here|not be around|cease to exist|stop existing|not exist|overdose|od|jump|jumping|hang myself|not alive|be gone|gone for good|sleep forever|never wake up|not wake up|not waking up|check out|exit`.split(
      '|',
    ),
  means:
    `pills|pill|tablets|tablet|meds|medication|medicine|paracetamol|acetaminophen|ibuprofen|oxy|oxys|oxycodone|oxycontin|codeine|co-codamol|tramadol|morphine|fentanyl|panadol|tylenol|nurofen|aspirin|sleeping pills|sleeping tablets|antidepressants|sertraline|insulin|prescription|script|rope|noose|belt|cord|blade|blades|razor|razors|knife|gun|bullet|bullets|bleach|poison|pesticide|bridge|roof|rooftop|ledge|cliff|balcony|train|tracks|traffic|car|exhaust|charcoal|bath|bottle|packet|packets|box|stash|dose|lethal`.split(
      '|',
    ),
  amassed:
    `stockpiled|stockpiling|stockpile|saved|saving|saved up|collected|collecting|hoarded|hoarding|enough|counted|counting|bought|ordered|lined up|ready|got hold|sorted|planned|plan|plans|figured out|worked out|the date|a date|picked|chosen|researched|looked up|how many|how much|method|way to`.split(
      '|',
    ),
  now: `tonight|now|right now|today|this weekend|tomorrow|an hour ago|minutes ago|just|already|in my hand|the night|soon|this is it|finally|after this|this time|at the moment|currently|standing|sitting on`.split(
    '|',
  ),
  goodbye:
    `goodbye|bye|farewell|thank you for everything|thanks for everything|thank you for every|thanks for every|won't be needing|won't need|won't be around|won't be here|last time|last message|one last|final|look after|take care of|tell them i love|tell her i love|tell him i love|sorry for everything|forgive me|my things|giving away|gave away|given away|my will|remember me|letters|letter|note|notes|when i'm gone|after i'm gone|see you on the other side|it's been|signing off|peace out|for the last time`.split(
      '|',
    ),
  burden:
    `burden|weight|better off|without me|drag|dragging|in the way|waste of space|waste of oxygen|easier for everyone|easier without|relief|be free of me|miss me|notice if i|nobody would|no one would|load`.split(
      '|',
    ),
  harm: `cut|cutting|cuts|cutter|bleeding|blood|bleed|burn myself|burning myself|burned myself|burnt myself|hurt myself|hurting myself|harm myself|harming myself|self harm|self-harm|sh|scratch|scratching|scars|scar|relapse|relapsed|wounds|stitches|hit myself|punish myself|deeper`.split(
    '|',
  ),
  ingested:
    `swallowed|took|taken|taking|downed|ate|had like|necked|chugged|drank|injected|popped|overdosed`.split(
      '|',
    ),
  hopeless:
    `hopeless|pointless|no point|what's the point|give up|given up|giving up|can't go on|can't do this|can't take|can't cope|nothing left|no way out|tired of|sick of living|done with|over it|no future|never get better|won't get better|nothing matters|why bother|can't keep|breaking point|numb|empty|trapped|stuck forever|no hope|lost hope`.split(
      '|',
    ),
  wish: `wish i was|wish i were|wish i wasn't|wish i could|hope i don't|wouldn't mind|don't care if|disappear|vanish|not be born|never been born|hit by|fall asleep and`.split(
    '|',
  ),
  other:
    `my friend|my mate|my brother|my sister|my mum|my dad|my son|my daughter|my partner|my girlfriend|my boyfriend|my wife|my husband|my cousin|my flatmate|my roommate|she|he|they|her|him|she's|he's|they're|someone|somebody`.split(
      '|',
    ),
  past: `used to|years ago|months ago|weeks ago|when i was|last year|in the past|back then|back when|recovered|recovery|clean for|therapy helped|got better|anniversary|since then|survived|attempt|attempted|tried to`.split(
    '|',
  ),
  denial:
    `i would never|i'd never|i'm not suicidal|not going to|i'm safe|i'm okay|i'm ok|i'm fine|don't want to die|wouldn't do|won't do|never do|no intention|not planning`.split(
      '|',
    ),
  idiom:
    `killing me|kill for|killed it|dying to|dead tired|to die for|died laughing|dying laughing|phone died|battery died|deadline|bored to death|dead inside|dead to me|murder|slay|slayed|lol|lmao|haha|😂|💀`.split(
      '|',
    ),
  secret:
    `don't tell|do not tell|promise not to tell|secret|between us|nobody knows|no one knows|don't worry|don't call|don't freak`.split(
      '|',
    ),
  fiction:
    `movie|film|show|series|episode|book|novel|character|song|game|documentary|news|article|podcast|story|essay|lecture|class|research|awareness|prevention|statistics`.split(
      '|',
    ),
  // Ordinary reasons to be away or to arrange things: "when I'm gone for the weekend".
  away: `weekend|for the weekend|holiday|holidays|vacation|trip|travelling|traveling|abroad|away for|business trip|work trip|conference|festival|camping|surgery|operation|hospital stay|in hospital|moving house|moving out|moving in|move to|new job|the move|flight|exam|exams|interview|wedding|baby|landlord|charity|house sitting|housesitting`.split(
    '|',
  ),
  // It is over or help is being sought: "counselling really helped", "decided to see a doctor".
  resolved:
    `helped|really helped|got better|getting better|feel better|feeling better|doing better|much better|so much better|a good place|got through|pulled through|came through|recovered|recovering|see a doctor|see my doctor|see a gp|see my gp|book an appointment|made an appointment|get help|getting help|reach out|reached out|talk to someone|talked to|therapy|therapist|counselling|counseling|counsellor|counselor|relieved|proud of myself|on the mend`.split(
      '|',
    ),
};
