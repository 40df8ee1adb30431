/**
 * What in a message is evidence of an emotion, beyond the classifier: valence-bearing words (from
 * scoreSentiment), surprise cues ("What?!", "oh my god", "no way") and how many words it has. A
 * short message with none of these ("Oh.", "Okay", "What are you doing?") gives a Reddit-trained
 * classifier little to go on, so the combination can abstain to neutral (workers/text/combine.ts).
 */
import { tokenize } from '../../core/text/tokenize';

export interface MessageEvidence {
  /** scoreSentiment's valence, −1..+1; 0 when no valence word was found. */
  valence: number;
  /** An interjection or punctuation that signals surprise. */
  surpriseCue: boolean;
  /** Word tokens (emoji and punctuation not counted). */
  words: number;
}

/** Interjections of surprise and the interrobang ("?!", "!?"), written for RIVION. */
const SURPRISE_CUE =
  /(?:^|[^\p{L}'])(?:oh my (?:god|gosh|lord)|oh god|omg|wow|whoa|woah|no way|holy (?:shit|cow|crap|moly)|what the (?:hell|heck|fuck)|you'?re kidding|are you (?:serious|kidding)|unbelievable|can'?t believe)(?![\p{L}'])|\?+!|!+\?/iu;

export function messageEvidence(text: string, valence: number): MessageEvidence {
  let words = 0;
  for (const token of tokenize(text)) if (token.kind === 'word') words += 1;
  return { valence, surpriseCue: SURPRISE_CUE.test(text), words };
}

/** No valence word at least `minValence` strong and no surprise cue. */
export const lacksEvidence = (evidence: MessageEvidence, minValence: number) =>
  !evidence.surpriseCue && (evidence.valence === 0 || Math.abs(evidence.valence) < minValence);
