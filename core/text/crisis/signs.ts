import type { RuleSpec } from './rules.ts';
import { ANYMORE, CANT, DONT, I_AM, MYSELF } from '../phrases.ts';

/**
 * Warning signs that crisis lines list besides talk of dying: final arrangements (notes and
 * letters described without the word goodbye, affairs in order, who gets what, care for children
 * and pets "for when I'm gone"), expecting not to be here, calm after a decision, feeling trapped
 * or in unbearable pain. Each is written as a class of wording with its mundane twin excluded.
 */

/** Said of the time after the writer's death, not of a trip: "for when I'm gone", "to read after". */
const AFTER_ME = `(?:(?:for )?(?:when|after|once) ${I_AM} (?:gone|dead|not (?:here|around) ${ANYMORE}|no longer (?:here|around))(?! (?:on|for|to|away|abroad|out|travelling|traveling|visiting|home|shopping|at|in)(?![\\p{L}']))|for afterwards|after i'?ve gone(?! (?:to|on|out|home|for)(?![\\p{L}'])))`;

/** Holidays, travel, moves and operations: the ordinary reasons to arrange things or not be around. */
const AWAY =
  'holiday|vacation|trip|travel\\w*|flight|abroad|away for|mov(?:e|ing) (?:out|house|away|abroad|to)|emigrat\\w*|relocat\\w*|graduat\\w*|new job|surgery|operation|hospital stay|deployment|deployed|the weekend|festival|business|conference|leave for|heading (?:home|off|out)|lease|contract|semester|term';

/** Clearing out, not giving away a life: "gave my old clothes to the charity shop". */
export const DECLUTTER =
  "(?:old|spare|unused|unwanted|outgrown|extra|baby|kids'?|children'?s) \\S+|declutter\\w*|charity|thrift|goodwill|spring clean\\w*|clear(?:ing)? out|(?:doesn'?t|don'?t|didn'?t) fit|too small|moving (?:house|out|abroad)";

const NOTE = '(?:letters?|notes?|messages?|videos?|recordings?|emails?|cards?)';

export const SIGN_SPECS: RuleSpec[] = [
  {
    level: 'severe',
    reason: 'goodbye message',
    // Notes described by what they are for: explaining an act still to come, or read after it.
    source: `${NOTE} [^.!?\\n]{0,60}?(?:explain\\w*|saying|telling (?:them|her|him|you|everyone)) why i (?:did it|did this|'?m doing (?:it|this)|had to (?:do (?:it|this)|go|leave)|couldn'?t (?:go on|stay|do this ${ANYMORE}|keep going)|chose (?:this|to go))(?! that way| like that| wrong| again| late)|${NOTE} [^.!?\\n]{0,40}?(?:for [^.!?\\n]{1,30}? to (?:read|open|find|see|watch|listen to) after(?:wards)?(?= *(?:$|[.!?,;]))|${AFTER_ME})`,
    fixedNegation: true,
  },
  {
    level: 'severe',
    reason: 'putting affairs in order',
    // Arrangements made for the time after the writer is gone: wills, pets, children, accounts.
    source: `(?:wrote|written|writing|left|leaving|recorded|recording|arranged|arranging|sorted|sorting|made sure|making sure|found|finding|set up|organi[sz]ed|put aside|passwords?|will|look after|looking after|take care of|taking care of|rehom\\w*|new home for|who gets|has|knows)[^.!?\\n]{0,60}?${AFTER_ME}|(?:put|putting|get|getting|got|sort|sorting|sorted) (?:all )?(?:of )?my affairs in order|(?:decided|deciding|sorted out|figured out|working out|worked out|made a list of|writing down|wrote down) who (?:gets|should (?:get|have)|will (?:get|have)|can have) (?:my|all my|what)`,
    unless: `${AWAY}|${DECLUTTER}`,
  },
  {
    level: 'elevated',
    reason: 'putting affairs in order',
    source: `(?:passwords?|pins?|bank details|logins?|accounts?|will|kids|children|dog|cat|pets?)[^.!?\\n]{0,60}?(?:just )?in case (?:anything|something) (?:happens|happened|were to happen) to me`,
    unless: AWAY,
  },
  {
    level: 'severe',
    reason: 'giving possessions away',
    source: `(?:giving|gave|given) (?:[\\p{L}']+ ){1,3}(?:all )?(?:of )?my (?:things|stuff|belongings|possessions|jewell?ery|collection|most (?:precious|treasured|valuable|prized)|prized|favou?rite things)`,
  },
  {
    level: 'severe',
    reason: 'expects not to be alive soon',
    source: `(?:won'?t|will not|not going to|not gonna) be (?:a |your |anyone'?s |their |such a )?(?:problem|burden|bother|worry|trouble)(?: (?:for|to) (?:[\\p{L}']+ ){0,3}?(?:you|anyone|everyone|them|people|of you))? (?:much longer|for (?:much )?longer|for long|${ANYMORE}|after (?:tonight|today|this))|(?:soon|shortly|after (?:tonight|today)),? (?:i |you |everyone |nobody |no one )?(?:won'?t|will not|will never|'?ll never|will no longer|'?ll no longer) (?:be (?:a |your |their |anyone'?s )?(?:problem|burden|bother|worry)|have to (?:deal with|worry about|put up with|look after) me)|(?:${DONT}|${CANT}) (?:see|picture|imagine) ${MYSELF} (?:being |still )?(?:here|alive|around) (?:much longer|for (?:much )?longer|for long|next (?:week|month|year)|by (?:then|the end|christmas|my birthday|next)|in (?:a|five|ten|\\d+) years?)|(?:it|this|everything|it all|all of (?:it|this)|the pain|my pain|my suffering) (?:will|'?ll|is going to|is gonna|'?s going to|'?s gonna) (?:all )?be over (?:soon|shortly|tomorrow|tonight|by|in a few)`,
    fixedNegation: true,
    unless: `${AWAY}|exams?|tests?|meeting|shift|week|appointment|dentist|season|party|wedding|game|match|interview|procedure|deadline|project|quarantine|course`,
  },
  {
    level: 'severe',
    reason: 'calm after a decision',
    source: `(?:feel|feeling|felt|i'?m|am) (?:so |finally |strangely |weirdly |oddly |really |actually |completely )*(?:at peace|calm|peaceful|relieved|calmer)(?: now)? (?:now )?(?:that|since|because|after) (?:i'?ve|i have|i) (?:finally )?(?:made (?:up )?my (?:mind|decision)|decided|made a decision|know what (?:i'?m going to|i need to|i have to|i'?ll) do)(?= *(?:$|[.!?,;]|and|now))|(?:made (?:up )?my (?:mind|decision)|i'?ve decided|know what i (?:need|have|'?m going) to do)(?= *(?:$|[.!?,;]|and|now|so))[^.!?\\n]{0,50}?(?:feel|feeling|i'?m|am) (?:so |finally |strangely |weirdly |oddly |really |actually |completely )*(?:at peace|calm|peaceful|relieved|calmer)`,
    // The decision reads as one about dying only after distress or an ending.
    requires: `depress\\w*|suicid\\w*|dark (?:place|thoughts|time)|hopeless\\w*|(?:the|my|this|no more) (?:pain|suffering|struggling)|been struggling|${CANT} (?:go on|cope|take (?:it|this))|be over|goodbye|won'?t be (?:a burden|here|around)`,
  },
  {
    level: 'elevated',
    reason: 'feels trapped',
    source: `(?:feel|feeling|felt|i'?m|im|so) (?:so |completely |totally |just |really )*trapped(?= *(?:$|[.!?,;]|and|with no|in (?:my (?:own )?)?(?:life|head|mind|body|thoughts|this life)))|(?:${CANT}|no) (?:way to )?escape (?:from )?(?:this (?:life|pain|feeling)|my (?:life|own head|mind|thoughts)|the pain|it all)|(?:${CANT}|${DONT}) see (?:a|any) way to escape`,
    unless:
      'traffic|lift|elevator|meeting|queue|call|train|bus|plane|flight|class|lecture|snow|storm',
    resolvable: true,
  },
  {
    level: 'elevated',
    reason: 'unbearable pain',
    source: `(?:pain|hurt|this feeling|feelings|emptiness|loneliness|sadness|numbness|it all|everything|life|my life|living|existing|being alive|my own head|my thoughts) (?:inside )?(?:is|are|'s|has become|feels|is getting) (?:so |just |completely |totally |fucking |literally )*(?:unbearable|too much to (?:bear|handle|take)|more than i can (?:bear|take|handle))|${CANT} (?:bear|take|stand|live with|handle) (?:this|the|my) (?:pain|hurt|emptiness|feeling|loneliness|sadness|numbness)(?: ${ANYMORE})?`,
    // Bodily pain is not this sign.
    unless:
      'tooth|teeth|back|knee|head ?ache|migraine|cramps|period|stomach|leg|arm|shoulder|neck|ankle|wisdom|dentist|surgery|labou?r|contractions|sunburn|burn|injury|heat|weather|noise',
    resolvable: true,
  },
  {
    level: 'elevated',
    reason: 'someone else is at risk',
    source:
      "(?:says|said|thinks|thought|feels|felt) (?:like )?(?:she'?s|he'?s|they'?re|she is|he is|they are) (?:just |such |only )?a burden",
  },
  {
    level: 'elevated',
    reason: 'someone else is at risk',
    source:
      '(?:giving|gave|given|give) away (?:all )?(?:of )?(?:his|her|their) (?:things|stuff|belongings|possessions)',
    unless: `${AWAY}|${DECLUTTER}|care home|nursing home|retirement|downsiz\\w*`,
  },
];
